// Starts Blazor (blazor.web.js is loaded with autostart="false") with SignalR timeouts that tolerate a busy server:
// the browser waits 60 s (default 30 s) without a message from the server before it drops the circuit, and pings every
// 15 s. On a loaded 2-core machine a model rebuild can starve the server's keep-alive for longer than 30 s; the
// server side (Program.cs, AddHubOptions) waits as long for the browser.
Blazor.start({
    circuit: {
        configureSignalR: function (builder) {
            builder.withServerTimeout(60000).withKeepAliveInterval(15000);
        }
    }
});
