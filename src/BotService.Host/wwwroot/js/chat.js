// Starts Web Chat against this host's own Direct Line endpoint. The page never holds the Direct Line secret: it
// asks its own server for a token that is good for one conversation only.
(function () {
  'use strict';

  var config = JSON.parse(document.getElementById('webchat-config').textContent);
  var status = document.getElementById('chat-status');
  var params = new URLSearchParams(window.location.search);

  // ?transport=polling forces polling (the default is the WebSocket stream); tests use both.
  var useWebSocket = params.get('transport') !== 'polling';

  function fetchToken() {
    return fetch(config.tokenUrl, { method: 'POST', headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) { throw new Error('token request failed: ' + response.status); }
        return response.json();
      });
  }

  fetchToken().then(function (result) {
    var directLine = window.WebChat.createDirectLine({
      token: result.token,
      domain: window.location.origin + config.directLine,
      webSocket: useWebSocket,
      conversationStartProperties: { locale: config.locale }
    });

    window.WebChat.renderWebChat({
      directLine: directLine,
      locale: config.locale,
      styleOptions: {
        accent: '#0b5d6b',
        botAvatarImage: config.avatarUrl,
        botAvatarInitials: config.botName.slice(0, 2).toUpperCase(),
        userAvatarInitials: 'You',
        hideUploadButton: true,
        suggestedActionLayout: 'flow',
        bubbleBorderRadius: 8,
        bubbleFromUserBorderRadius: 8,
        bubbleFromUserBackground: '#e6f1f3',
        primaryFont: '"Segoe UI", "Liberation Sans", Arial, sans-serif'
      }
    }, document.getElementById('webchat'));

    document.getElementById('webchat').setAttribute('data-transport', useWebSocket ? 'websocket' : 'polling');
    var box = document.querySelector('#webchat input[type="text"], #webchat textarea');
    if (box) { box.focus(); }
  }).catch(function () {
    status.textContent = 'The chat could not start. Please reload the page. In an emergency, call ' +
      document.querySelector('.safety-banner__number').textContent + ' now.';
  });
})();
