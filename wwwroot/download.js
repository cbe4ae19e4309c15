// Saves a file the circuit sends: a Blob behind a temporary link.
const workbenchSave = (fileName, blob) => {
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
};

// Text (Compare's and the lab's CSV export): a UTF-8 byte-order mark first, so spreadsheets read non-ASCII titles right.
window.workbenchDownload = (fileName, mimeType, text) => workbenchSave(fileName, new Blob(['\uFEFF', text], { type: mimeType }));

// Bytes (PDF exports): .NET sends a byte[] as a Uint8Array.
window.workbenchDownloadBytes = (fileName, mimeType, bytes) => workbenchSave(fileName, new Blob([bytes], { type: mimeType }));
