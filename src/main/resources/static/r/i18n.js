/*
 * The residents' page in Chinese and English, the audit page's idiom (static/audit/i18n.js): the
 * language the resident chose on the page (kept in localStorage), else the browser's first
 * language if it is Chinese or English, else Chinese. Elements carry data-i18n (text) and
 * data-i18n-placeholder / data-i18n-aria-label attributes; {0}, {1} are replaced by arguments.
 */
(function () {
  'use strict';

  var STORE = 'desk.language';

  var TEXTS = {
    zh: {
      'page.title': '报事报修 · 物业服务中心',
      'app.centre': '物业服务中心',
      'language.label': '语言',
      'tab.report': '我要报事',
      'tab.lookup': '查询进度',
      'emergency.title': '紧急情况请直接打电话',
      'emergency.text': '急病、火情、治安事件、水管爆裂、停电等紧急情况，请立即致电服务中心：',
      'field.property': '小区',
      'field.unit': '房号',
      'field.unit.hint': '例如 1-0502',
      'field.name': '姓名',
      'field.phone': '手机号',
      'field.category': '类别',
      'field.subcategory': '报修类型',
      'field.description': '情况描述',
      'field.description.hint': '请说明发生了什么、从什么时候开始',
      'field.location': '具体位置',
      'field.location.hint': '例如 厨房、卫生间、楼道',
      'field.photos': '照片（最多 6 张）',
      'field.caseNumber': '工单号',
      'field.phoneLastFour': '登记手机号后四位',
      'category.repair': '报修',
      'category.everyday-help': '生活求助',
      'category.complaint': '投诉',
      'category.inquiry': '咨询',
      'category.suggestion': '建议',
      'category.public-safety': '治安事件（紧急）',
      'category.medical-emergency': '急病求助（紧急）',
      'category.disaster': '灾害求助（紧急）',
      'category.challenge': '质疑',
      'category.special-service': '特约服务',
      'subcategory.small': '小修（如水龙头、灯具）',
      'subcategory.big': '较大维修',
      'subcategory.burst-pipe': '水管爆裂（紧急）',
      'subcategory.critical-leak': '严重漏水（紧急）',
      'subcategory.power-outage': '停电（紧急）',
      'photos.add': '添加照片',
      'photos.hint': '支持 JPEG、PNG、HEIC，每张不超过 8 MB；照片中的位置信息会被去除。',
      'photos.remove': '删除',
      'photos.too-many': '最多 6 张照片',
      'photos.too-large': '“{0}” 超过 8 MB',
      'photos.wrong-type': '“{0}” 不是 JPEG、PNG 或 HEIC 照片',
      'photos.heic': 'HEIC 照片',
      'report.submit': '提交',
      'report.sending': '正在提交…',
      'receipt.title': '已收到您的反映',
      'receipt.number': '工单号',
      'receipt.emergency': '这是紧急情况：请现在就致电服务中心',
      'receipt.link': '我们已通过短信（和电子邮件）把查看进度的链接发给您。请记下工单号，也可用工单号和手机号后四位查询。',
      'receipt.follow': '查看处理进度',
      'lookup.title': '查询处理进度',
      'lookup.submit': '查询',
      'case.title': '工单',
      'case.call': '有疑问请致电服务中心：',
      'case.photos': '您上传的照片',
      'case.refresh': '刷新',
      'case.what': '{0} · {1}',
      'expected.dispatch': '预计派单时间',
      'expected.arrival': '预计到场时间',
      'expected.completion': '预计完成时间',
      'expected.acceptance': '预计受理时间',
      'expected.measures': '整改预计完成时间',
      'expected.late': '已超过预计时间，主管正在跟进，将尽快为您处理。如需帮助请致电 {0}。',
      'step.received': '已收到您的反映',
      'step.assigned': '已安排处理人员，正在前往',
      'step.assigned.by': '已安排 {0} 处理，正在前往',
      'step.handled': '处理人员已完成处理',
      'step.rework': '您反映尚未解决，已重新安排处理',
      'step.awaiting-confirmation': '等待您确认处理结果并评价',
      'step.confirmed': '您已确认问题解决',
      'step.answered': '服务中心已答复',
      'step.accepted': '投诉已受理，正在调查',
      'step.decided': '已作出处理决定',
      'step.appealed': '您已提出申诉，等待上级复核',
      'step.appeal-decided': '申诉已复核',
      'step.closed': '已办结',
      'confirm.title': '请确认处理结果并评价',
      'confirm.fixed': '问题解决了吗？',
      'confirm.fixed.yes': '已解决',
      'confirm.fixed.no': '没有解决',
      'confirm.satisfaction': '您对本次服务满意吗？',
      'confirm.comment': '意见或建议（选填）',
      'confirm.submit': '提交确认',
      'confirm.need-fixed': '请选择问题是否已解决',
      'confirm.need-rating': '请选择满意程度',
      'confirm.thanks': '感谢您的确认和评价！',
      'confirm.thanks-rework': '已收到，我们会重新安排处理。',
      'rated': '您的评价：{0}',
      'rating.very-satisfied': '非常满意',
      'rating.satisfied': '满意',
      'rating.basically-satisfied': '基本满意',
      'rating.unsatisfied': '不满意',
      'rating.very-unsatisfied': '非常不满意',
      'complaint.title': '投诉处理决定',
      'complaint.measures': '处理措施：{0}',
      'complaint.deadline': '完成期限：{0}',
      'complaint.pending': '服务中心正在调查，作出决定后会告知您。',
      'complaint.appeal-until': '如有异议，可在 {0} 前申诉。',
      'complaint.appeal-closed': '申诉期已于 {0} 结束。',
      'complaint.appealed': '您已于 {0} 提出申诉，等待上级复核。',
      'complaint.upheld': '复核结果：申诉成立。{0}',
      'complaint.rejected': '复核结果：维持原决定。{0}',
      'appeal.text': '对处理决定有异议？请写明申诉理由',
      'appeal.submit': '提交申诉',
      'appeal.need-text': '请写明申诉理由',
      'appeal.thanks': '申诉已提交，上级负责人会复核并告知您结果。',
      'error.required': '请填写此项',
      'error.phone': '请填写正确的手机号',
      'error.network': '网络连接失败，您填写的内容还在，请稍后重试。',
      'error.server': '提交未成功（{0}），您填写的内容还在，请稍后重试或致电服务中心。',
      'error.no-token': '请用工单号和手机号后四位查询，或打开短信、邮件中的链接。',
      'error.fix-fields': '请修改标红的内容后再提交。'
    },
    en: {
      'page.title': 'Report a problem · Property Service Centre',
      'app.centre': 'Property Service Centre',
      'language.label': 'Language',
      'tab.report': 'Report',
      'tab.lookup': 'Follow a case',
      'emergency.title': 'Emergency? Phone us now',
      'emergency.text': 'For a medical emergency, fire, a crime, a burst pipe or a power cut, phone the service centre at once:',
      'field.property': 'Residence',
      'field.unit': 'Unit',
      'field.unit.hint': 'e.g. 1-0502',
      'field.name': 'Name',
      'field.phone': 'Mobile phone',
      'field.category': 'Kind',
      'field.subcategory': 'Repair',
      'field.description': 'What happened',
      'field.description.hint': 'What is wrong, and since when',
      'field.location': 'Where',
      'field.location.hint': 'e.g. kitchen, bathroom, stairwell',
      'field.photos': 'Photos (up to 6)',
      'field.caseNumber': 'Case number',
      'field.phoneLastFour': 'Last 4 digits of your phone',
      'category.repair': 'Repair',
      'category.everyday-help': 'Everyday help',
      'category.complaint': 'Complaint',
      'category.inquiry': 'Question',
      'category.suggestion': 'Suggestion',
      'category.public-safety': 'Public safety (emergency)',
      'category.medical-emergency': 'Medical emergency',
      'category.disaster': 'Disaster (emergency)',
      'category.challenge': 'Challenge',
      'category.special-service': 'Special service',
      'subcategory.small': 'Small repair (tap, light)',
      'subcategory.big': 'Larger repair',
      'subcategory.burst-pipe': 'Burst pipe (emergency)',
      'subcategory.critical-leak': 'Serious leak (emergency)',
      'subcategory.power-outage': 'Power cut (emergency)',
      'photos.add': 'Add photos',
      'photos.hint': 'JPEG, PNG or HEIC, up to 8 MB each; location data is removed from the photos.',
      'photos.remove': 'Remove',
      'photos.too-many': 'At most 6 photos',
      'photos.too-large': '“{0}” is larger than 8 MB',
      'photos.wrong-type': '“{0}” is not a JPEG, PNG or HEIC photo',
      'photos.heic': 'HEIC photo',
      'report.submit': 'Send',
      'report.sending': 'Sending…',
      'receipt.title': 'We have received your report',
      'receipt.number': 'Case number',
      'receipt.emergency': 'This is an emergency: please phone the service centre now',
      'receipt.link': 'We have sent you a link to follow it by SMS (and e-mail). Note the case number: with it and your phone\'s last four digits you can follow it here too.',
      'receipt.follow': 'Follow its progress',
      'lookup.title': 'Follow a case',
      'lookup.submit': 'Show',
      'case.title': 'Case',
      'case.call': 'Questions? Call the service centre:',
      'case.photos': 'Your photos',
      'case.refresh': 'Refresh',
      'case.what': '{0} · {1}',
      'expected.dispatch': 'Expected to be assigned by',
      'expected.arrival': 'Expected on site by',
      'expected.completion': 'Expected to be done by',
      'expected.acceptance': 'Expected to be accepted by',
      'expected.measures': 'Measures expected by',
      'expected.late': 'This is taking longer than expected: a supervisor is following it up. For help call {0}.',
      'step.received': 'We received your report',
      'step.assigned': 'Someone is assigned and on the way',
      'step.assigned.by': '{0} is assigned and on the way',
      'step.handled': 'The work is done',
      'step.rework': 'You said it is not fixed: it is being handled again',
      'step.awaiting-confirmation': 'Waiting for you to confirm and rate',
      'step.confirmed': 'You confirmed it is fixed',
      'step.answered': 'The service centre answered',
      'step.accepted': 'Complaint accepted, being investigated',
      'step.decided': 'A decision was made',
      'step.appealed': 'You appealed; a senior manager reviews it',
      'step.appeal-decided': 'The appeal was reviewed',
      'step.closed': 'Closed',
      'confirm.title': 'Please confirm and rate',
      'confirm.fixed': 'Is the problem solved?',
      'confirm.fixed.yes': 'Yes, solved',
      'confirm.fixed.no': 'No, not solved',
      'confirm.satisfaction': 'How satisfied are you with the service?',
      'confirm.comment': 'Comments (optional)',
      'confirm.submit': 'Send',
      'confirm.need-fixed': 'Please say whether it is solved',
      'confirm.need-rating': 'Please choose a rating',
      'confirm.thanks': 'Thank you for confirming and rating!',
      'confirm.thanks-rework': 'Thank you: it will be handled again.',
      'rated': 'Your rating: {0}',
      'rating.very-satisfied': 'Very satisfied',
      'rating.satisfied': 'Satisfied',
      'rating.basically-satisfied': 'Mostly satisfied',
      'rating.unsatisfied': 'Unsatisfied',
      'rating.very-unsatisfied': 'Very unsatisfied',
      'complaint.title': 'The decision on your complaint',
      'complaint.measures': 'Measures: {0}',
      'complaint.deadline': 'To be done by: {0}',
      'complaint.pending': 'The service centre is investigating and will tell you its decision.',
      'complaint.appeal-until': 'If you disagree, you may appeal until {0}.',
      'complaint.appeal-closed': 'The appeal period ended on {0}.',
      'complaint.appealed': 'You appealed on {0}; a senior manager reviews it.',
      'complaint.upheld': 'Appeal upheld. {0}',
      'complaint.rejected': 'The decision stands. {0}',
      'appeal.text': 'Disagree with the decision? Say why',
      'appeal.submit': 'Appeal',
      'appeal.need-text': 'Please say why you appeal',
      'appeal.thanks': 'Your appeal was sent; a senior manager will review it and tell you the outcome.',
      'error.required': 'Please fill this in',
      'error.phone': 'Please give a valid phone number',
      'error.network': 'No connection. What you entered is still here: please try again shortly.',
      'error.server': 'Not sent ({0}). What you entered is still here: try again shortly or phone the service centre.',
      'error.no-token': 'Open the link in your SMS or e-mail, or give the case number and your phone\'s last four digits.',
      'error.fix-fields': 'Please correct the fields marked in red.'
    }
  };

  function stored() {
    try {
      return window.localStorage.getItem(STORE);
    } catch (ignored) {
      return null;
    }
  }

  function initial() {
    var choice = stored();
    if (TEXTS[choice]) {
      return choice;
    }
    var browser = ((navigator.languages && navigator.languages[0]) || navigator.language || '').toLowerCase();
    return browser.split('-')[0] === 'en' ? 'en' : 'zh';
  }

  var language = initial();

  function t(key) {
    var text = TEXTS[language][key];
    if (text === undefined) {
      text = TEXTS.zh[key] !== undefined ? TEXTS.zh[key] : key;
    }
    var args = Array.prototype.slice.call(arguments, 1);
    return text.replace(/\{(\d+)\}/g, function (all, index) {
      return args[index] !== undefined ? String(args[index]) : all;
    });
  }

  function apply(root) {
    var scope = root || document;
    [['data-i18n', null], ['data-i18n-placeholder', 'placeholder'], ['data-i18n-aria-label', 'aria-label']].forEach(function (pair) {
      Array.prototype.forEach.call(scope.querySelectorAll('[' + pair[0] + ']'), function (element) {
        var text = t(element.getAttribute(pair[0]));
        if (pair[1]) {
          element.setAttribute(pair[1], text);
        } else {
          element.textContent = text;
        }
      });
    });
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
    document.title = t('page.title');
  }

  function set(choice) {
    if (!TEXTS[choice]) {
      return;
    }
    language = choice;
    try {
      window.localStorage.setItem(STORE, choice);
    } catch (ignored) {
      // private browsing: the choice lasts until the page is left
    }
  }

  window.ResidentI18n = {
    t: t,
    apply: apply,
    set: set,
    language: function () {
      return language;
    },
    tag: function () {
      return language === 'zh' ? 'zh-CN' : 'en';
    }
  };
})();
