/* The chat widget: talks to the front door's /chat/api, never to the assistant directly. */
(function () {
  "use strict";
  var root = document.getElementById("intake-chat");
  var api = root.dataset.api;
  var csrf = document.querySelector('meta[name="csrf-token"]').content;
  var log = document.getElementById("transcript");
  var choices = document.getElementById("choices");
  var form = document.getElementById("composer");
  var input = document.getElementById("message");
  var send = form.querySelector("button[type=submit]");
  var status = document.getElementById("status");
  var FALLBACK = "Sorry, something went wrong. In an emergency call 911. You can try again in a moment.";

  function call(path, body) {
    return fetch(api + path, {
      method: body ? "POST" : "GET",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrf },
      body: body ? JSON.stringify(body) : undefined
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (!response.ok) { throw new Error(data.error || FALLBACK); }
        return data;
      });
    });
  }

  function add(speaker, text) {
    var item = document.createElement("div");
    item.className = "message " + speaker;
    var who = document.createElement("span");
    who.className = "visually-hidden";
    who.textContent = speaker === "resident" ? "You said: " : "Assistant: ";
    var body = document.createElement("p");
    body.textContent = text;  // resident and assistant text is always text, never HTML
    item.appendChild(who);
    item.appendChild(body);
    log.appendChild(item);
    log.scrollTop = log.scrollHeight;
    return body;
  }

  function offer(list) {
    choices.replaceChildren();
    (list || []).forEach(function (choice) {
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = choice.title;
      button.addEventListener("click", function () { submit(choice.payload, choice.title); });
      choices.appendChild(button);
    });
    choices.hidden = !(list && list.length);
  }

  function show(messages) {
    var last = [];
    messages.forEach(function (message) {
      add("assistant", message.text);
      if (message.buttons && message.buttons.length) { last = message.buttons; }
    });
    offer(last);
  }

  function busy(on) {
    input.disabled = on;
    send.disabled = on;
    status.textContent = on ? "Sending..." : "";
  }

  function submit(text, shown) {
    var mine = add("resident", shown || text);
    offer([]);
    busy(true);
    return call("/messages", { text: text }).then(function (data) {
      if (!shown && data.you_said) { mine.textContent = data.you_said; }  // card numbers and SSNs masked
      show(data.messages || []);
    }).catch(function (error) {
      add("assistant", error.message || FALLBACK);
    }).then(function () {
      busy(false);
      input.focus();
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) { status.textContent = "Type a message first."; input.focus(); return; }
    input.value = "";
    submit(text);
  });

  call("/history").then(function (data) {
    (data.messages || []).forEach(function (line) { add(line.from, line.text); });
    if (data.messages && data.messages.length) { offer(data.choices); return null; }
    return call("/start", {}).then(function (started) { show(started.messages || []); });
  }).catch(function () { add("assistant", FALLBACK); });
})();
