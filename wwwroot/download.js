// Saves text the circuit sends as a file (Compare's CSV export): a Blob behind a temporary link. A UTF-8 byte-order
// mark first, so spreadsheets read titles with non-ASCII characters right.
window.workbenchDownload = (fileName, mimeType, text) => {
    const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type: mimeType }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
};
