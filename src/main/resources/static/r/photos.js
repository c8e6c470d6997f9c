/*
 * Staff open a case's photos from the link on their task (or the audit page): read with the
 * webapps' session, like the audit page, so only those who may read the case see them.
 */
(function () {
  'use strict';

  var caseNumber = decodeURIComponent(window.location.hash.replace(/^#/, ''));
  var message = document.getElementById('message');
  document.getElementById('case').textContent = caseNumber;

  function say(text) {
    message.textContent = text;
    message.className = 'message error';
    message.hidden = false;
  }

  if (!/^[A-Za-z0-9-]{1,40}$/.test(caseNumber)) {
    say('没有指定工单号 / No case number');
    return;
  }
  var base = '/api/cases/' + encodeURIComponent(caseNumber) + '/photos';
  window.fetch(base, { headers: { 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest' }, credentials: 'same-origin' })
    .then(function (response) {
      if (response.status === 401) {
        say('请先登录任务列表（Tasklist），再打开此页面。/ Sign in to Tasklist first.');
        return null;
      }
      if (!response.ok) {
        say('无法读取此工单的照片（' + response.status + '）/ Cannot read the photos of this case');
        return null;
      }
      return response.json();
    })
    .then(function (photos) {
      if (!photos) {
        return;
      }
      if (!photos.length) {
        say('此工单没有照片 / No photos');
      }
      var main = document.getElementById('photos');
      photos.forEach(function (photo) {
        var link = document.createElement('a');
        link.href = base + '/' + photo.id;
        link.target = '_blank';
        link.rel = 'noopener';
        var image = document.createElement('img');
        image.alt = photo.contentType;
        image.src = base + '/' + photo.id;
        image.onerror = function () {
          link.textContent = photo.contentType + '（下载 / download）';
        };
        link.appendChild(image);
        main.appendChild(link);
      });
    }, function () {
      say('网络连接失败 / No connection');
    });
})();
