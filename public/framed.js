// Loaded in the head of every page, before anything is drawn: a page shown in another site's
// frame never shows its header and footer first. <embed-frame> does the rest once the page is read.
if (window.self !== window.top) document.documentElement.setAttribute('data-framed', '');
