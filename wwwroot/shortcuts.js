// Compare's keyboard shortcuts: Alt+Shift+<letter> anywhere on the page calls the component (by physical key, so that
// keyboard layouts and Alt-modified characters do not matter). attach returns an id for detach.
window.workbenchShortcuts = (() => {
    const handlers = new Map();
    let next = 1;
    return {
        attach: (component, codes) => {
            const handler = e => {
                if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || !codes.includes(e.code)) return;
                e.preventDefault();
                component.invokeMethodAsync('OnShortcutAsync', e.code);
            };
            const id = next++;
            handlers.set(id, handler);
            document.addEventListener('keydown', handler);
            return id;
        },
        detach: id => {
            const handler = handlers.get(id);
            if (handler) document.removeEventListener('keydown', handler);
            handlers.delete(id);
        },
    };
})();
