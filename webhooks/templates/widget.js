/* {{ dept.name }}: embed the online report assistant with one script tag:
   <script src="https://<front door>/chat/widget.js" defer></script> */
(function () {
  "use strict";
  var script = document.currentScript;
  var chatUrl = new URL("./", script.src).href.replace(/\/$/, "") + "?embed=1";
  var open = false;
  var launcher = document.createElement("button");
  launcher.type = "button";
  launcher.textContent = "Report to police online";
  launcher.setAttribute("aria-expanded", "false");
  launcher.setAttribute("aria-controls", "intake-chat-frame");
  launcher.style.cssText = "position:fixed;right:16px;bottom:16px;z-index:2147483000;padding:12px 16px;" +
    "font:16px/1.2 system-ui,sans-serif;color:#fff;background:#0b4f8a;border:2px solid #fff;border-radius:8px;cursor:pointer";
  var frame = document.createElement("iframe");
  frame.id = "intake-chat-frame";
  frame.title = "{{ dept.name }} online report assistant";
  frame.hidden = true;
  frame.style.cssText = "position:fixed;right:16px;bottom:72px;z-index:2147483000;width:min(400px,calc(100vw - 32px));" +
    "height:min(620px,calc(100vh - 96px));border:1px solid #555;border-radius:8px;background:#fff";
  function toggle(show) {
    open = show;
    frame.hidden = !show;
    if (show && !frame.src) { frame.src = chatUrl; }
    launcher.setAttribute("aria-expanded", String(show));
    launcher.textContent = show ? "Close the report chat" : "Report to police online";
    if (show) { frame.focus(); } else { launcher.focus(); }
  }
  launcher.addEventListener("click", function () { toggle(!open); });
  document.addEventListener("keydown", function (event) { if (open && event.key === "Escape") { toggle(false); } });
  document.body.appendChild(frame);
  document.body.appendChild(launcher);
})();
