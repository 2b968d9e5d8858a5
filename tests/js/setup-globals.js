// jsdom lacks ResizeObserver, which DataViews and some components use.
global.ResizeObserver = class ResizeObserver {
	observe() {}
	unobserve() {}
	disconnect() {}
};
