// Served by `factbase serve` only: reloads the page when the site is rebuilt. The server sends the
// site's version when the page connects and after each rebuild; a new version means a reload.
(function () {
  "use strict";
  var version = null;
  var events = new EventSource("/_factbase/events");
  events.onmessage = function (event) {
    if (version !== null && event.data !== version) window.location.reload();
    version = event.data;
  };
})();
