// jsdom lacks ResizeObserver, which DataViews and some components use.
global.ResizeObserver = class ResizeObserver {
	observe() {}
	unobserve() {}
	disconnect() {}
};

// jsdom does not implement scrolling; components scroll notices into view.
window.scrollTo = () => {};

// jsdom does not implement scrollIntoView; ComboboxControl scrolls its selected suggestion.
if ( global.Element && ! global.Element.prototype.scrollIntoView ) {
	global.Element.prototype.scrollIntoView = () => {};
}
