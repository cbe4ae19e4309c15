// Plotly's responsive charts follow the window's resize event only, but the page's content also changes width when
// the navigation drawer opens or closes (below 1280 px it closes by itself). When the main content's width changes,
// tell the charts with a resize event. The layout's element can be replaced when the circuit starts: re-attach.
(() => {
    let observed = null;
    let width = 0;
    let timer = 0;
    const observer = new ResizeObserver(entries => {
        const w = Math.round(entries[0].contentRect.width);
        if (w === width) return;
        const first = width === 0;
        width = w;
        if (first) return;
        clearTimeout(timer);
        timer = setTimeout(() => window.dispatchEvent(new Event('resize')), 50);
    });
    setInterval(() => {
        const main = document.querySelector('.mud-main-content');
        if (main === observed) return;
        if (observed) observer.unobserve(observed);
        observed = main;
        width = 0;
        if (main) observer.observe(main);
    }, 500);
})();
