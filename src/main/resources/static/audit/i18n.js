/*
 * The desk's pages in Chinese and English (issue 13). The language is the one the user chose on
 * the page (kept in localStorage), else the browser's first language if it is Chinese or English
 * (as the Camunda webapps decide), else Chinese. Texts are looked up by key; {0}, {1} are replaced
 * by the arguments. Elements carry data-i18n (text), data-i18n-placeholder, data-i18n-title and
 * data-i18n-aria-label attributes.
 */
(function () {
  'use strict';

  var STORE = 'desk.language';

  var TEXTS = {
    zh: {
      'tabs.label': '查看',
      'tabs.cases': '工单',
      'tabs.procedures': '流程变更与复审',
      'procedures.title': '流程变更与复审',
      'procedures.hint': '流程只能经中心经理批准后变更；每次变更（谁提出、谁审批、何时、为什么、改了什么、部署编号）和每年的复审都记录在此。',
      'procedures.list': '流程',
      'procedures.loading': '正在读取…',
      'procedures.failed': '无法读取流程记录：{0}',
      'changes.title': '变更记录',
      'changes.none': '还没有变更记录。',
      'reviews.title': '年度复审',
      'reviews.none': '还没有复审记录。',
      'col.procedure': '流程',
      'col.last-change': '上次变更',
      'col.last-review': '上次复审',
      'col.review-due': '复审到期',
      'col.pending': '待审批的变更',
      'col.change': '变更',
      'col.proposed': '提出（{0}）',
      'col.reason': '理由',
      'col.what-changed': '改动内容（由两个版本比较得出）',
      'col.decision': '审批',
      'col.deployment': '部署',
      'col.views': '各部门意见',
      'col.result': '结论',
      'col.revision': '修订',
      'origin.MODELER': 'Camunda Modeler',
      'origin.RELEASE': '版本发布',
      'change.status.PENDING': '待审批',
      'change.status.APPROVED': '已批准',
      'change.status.REJECTED': '未批准',
      'change.by': '{0}，{1}',
      'change.migrated': '运行中的案件已迁移：{0}',
      'change.files': '提交的文件：',
      'change.files-count': '提交的文件（{0} 个）',
      'change.more': '另外 {0} 项改动',
      'review.result.NO_CHANGE': '无需修订',
      'review.result.CHANGE_NEEDED': '需要修订',
      'review.open': '进行中',
      'review.no-views': '（无）',
      'group.front-desk': '前台',
      'group.engineering': '工程部',
      'group.records': '行政部',
      'page.title': '审计查询 · 物业服务台',
      'app.title': '物业服务台 · 审计查询',
      'app.readonly': '只读：本页面不会修改任何工单。',
      'language.label': '语言',
      'signout': '退出登录',
      'signin.title': '请登录',
      'signin.hint': '请使用服务台账号登录，与任务列表、流程监控使用同一个账号，登录一次即可。',
      'signin.user': '用户名',
      'signin.password': '密码',
      'signin.submit': '登录',
      'signin.busy': '正在登录…',
      'signin.failed': '用户名或密码错误，或账号暂时被锁定（输错后请稍等几秒再试）。',
      'signin.error': '暂时无法登录：{0}',
      'forbidden': '您的账号（{0}）不能使用审计页面：仅限审计员、质量部和服务中心经理。如需换一个账号，请先退出登录。',
      'search.title': '查找工单',
      'search.property': '项目',
      'search.property.all': '全部项目',
      'search.number': '工单号',
      'search.unit': '房号',
      'search.category': '类别',
      'search.status': '状态',
      'search.from': '受理日期从',
      'search.to': '至',
      'search.missed': '有超时记录',
      'search.any': '全部',
      'search.submit': '搜索',
      'search.clear': '清除',
      'search.csv': '下载 CSV',
      'results.searching': '正在搜索…',
      'results.count': '共 {0} 个工单',
      'results.none': '没有符合条件的工单。',
      'results.failed': '搜索失败：{0}',
      'results.pages': '结果页',
      'col.case': '工单号',
      'col.property': '项目',
      'col.category': '类别',
      'col.unit': '房号',
      'col.status': '状态',
      'col.received': '受理时间（{0}）',
      'col.archived': '归档时间',
      'col.missed': '超时次数',
      'col.time': '时间（{0}）',
      'col.actor': '操作人',
      'col.kind': '类型',
      'col.what': '事项',
      'col.detail': '详情',
      'col.rule': '规则',
      'col.process': '流程',
      'page.info': '第 {0} / {1} 页',
      'page.prev': '← 上一页',
      'page.next': '下一页 →',
      'case.back': '← 返回搜索',
      'case.title': '工单 {0}',
      'case.number': '工单号',
      'case.property': '项目',
      'case.received': '受理时间',
      'case.archived': '归档时间',
      'case.not-archived': '未归档',
      'case.timeline-csv': '时间线 CSV',
      'case.pdf': '打印版 PDF',
      'case.none': '没有工单 {0}。',
      'case.failed': '无法打开 {0}：{1}',
      'processes.title': '流程',
      'process.self': '工单本身',
      'process.called': '被调用',
      'process.running': '进行中',
      'process.show': '显示该流程实例的流程图（{0}）',
      'diagram.label': '所选流程的 BPMN 流程图',
      'diagram.failed': '无法显示流程图：{0}',
      'diagram.missing': '本版本缺少 BPMN 查看器，无法显示流程图。',
      'zoom.label': '缩放',
      'zoom.in': '放大',
      'zoom.out': '缩小',
      'zoom.fit': '显示整个流程图',
      'zoom.fit-short': '全图',
      'legend.label': '图例',
      'legend.completed': '已完成',
      'legend.active': '进行中',
      'legend.taken': '已走过的连线',
      'timeline.title': '时间线',
      'timeline.kinds': '显示类型',
      'timeline.all': '全选',
      'timeline.none': '全不选',
      'timeline.count': '显示 {0} / {1} 条',
      'timeline.empty': '没有记录。',
      'timeline.locate': '点击在流程图中定位 {0}',
      'http.401': '请先登录。',
      'http.403': '仅审计员、质量部和服务中心经理可以使用审计页面。',
      'http.other': '服务器返回 {0}',
      'kind.activity': '环节',
      'kind.task': '任务',
      'kind.variable': '变量',
      'kind.decision': '决策',
      'kind.incident': '故障',
      'kind.sheet': '处理单',
      'kind.message': '消息',
      'kind.deadline': '时限',
      'kind.breach': '超时',
      'kind.operation': '操作',
      'category.repair': '报修',
      'category.complaint': '投诉',
      'category.inquiry': '咨询',
      'category.challenge': '质疑',
      'category.suggestion': '建议',
      'category.everyday-help': '生活求助',
      'category.special-service': '特约服务',
      'category.medical-emergency': '急救求助',
      'category.public-safety': '治安事件',
      'category.disaster': '灾害求助',
      'status.REGISTERED': '已登记',
      'status.TRIAGED': '已分类',
      'status.DISPATCHED': '已派工',
      'status.HANDLED': '已处理',
      'status.CONFIRMED': '已确认',
      'status.FEEDBACK_SENT': '已书面反馈',
      'status.CALLED_BACK': '已回访',
      'status.ARCHIVED': '已归档'
    },
    en: {
      'page.title': 'Audit · Resident Service Desk',
      'app.title': 'Resident Service Desk · Audit',
      'app.readonly': 'Read-only: nothing on this page changes a case.',
      'language.label': 'Language',
      'signout': 'Sign out',
      'signin.title': 'Please sign in',
      'signin.hint': 'Sign in with your service-desk account, the same as for Tasklist and Cockpit: one sign-in serves them all.',
      'signin.user': 'User name',
      'signin.password': 'Password',
      'signin.submit': 'Sign in',
      'signin.busy': 'Signing in…',
      'signin.failed': 'Wrong user name or password, or the account is locked for now (after a mistake, wait a few seconds).',
      'signin.error': 'Cannot sign in right now: {0}',
      'forbidden': 'Your account ({0}) may not use the audit pages: they are for auditors, quality and the centre manager. Sign out to use another account.',
      'tabs.label': 'View',
      'tabs.cases': 'Cases',
      'tabs.procedures': 'Procedure changes and reviews',
      'procedures.title': 'Procedure changes and reviews',
      'procedures.hint': 'A procedure changes only once the centre manager approves it; every change (who proposed it, who decided, when, why, what changed, the deployment) and every yearly review is recorded here.',
      'procedures.list': 'Procedures',
      'procedures.loading': 'Loading…',
      'procedures.failed': 'Cannot read the procedure record: {0}',
      'changes.title': 'Changes',
      'changes.none': 'No change recorded yet.',
      'reviews.title': 'Yearly reviews',
      'reviews.none': 'No review recorded yet.',
      'col.procedure': 'Procedure',
      'col.last-change': 'Last change',
      'col.last-review': 'Last review',
      'col.review-due': 'Review due',
      'col.pending': 'Change waiting',
      'col.change': 'Change',
      'col.proposed': 'Proposed ({0})',
      'col.reason': 'Reason',
      'col.what-changed': 'What changed (computed from the two versions)',
      'col.decision': 'Decision',
      'col.deployment': 'Deployment',
      'col.views': 'Departments’ views',
      'col.result': 'Result',
      'col.revision': 'Revision',
      'origin.MODELER': 'Camunda Modeler',
      'origin.RELEASE': 'Release',
      'change.status.PENDING': 'Waiting',
      'change.status.APPROVED': 'Approved',
      'change.status.REJECTED': 'Rejected',
      'change.by': '{0}, {1}',
      'change.migrated': 'Running cases migrated: {0}',
      'change.files': 'Files proposed:',
      'change.files-count': 'Files proposed ({0})',
      'change.more': '{0} more changes',
      'review.result.NO_CHANGE': 'No change',
      'review.result.CHANGE_NEEDED': 'Change needed',
      'review.open': 'In progress',
      'review.no-views': '(none)',
      'group.front-desk': 'Front desk',
      'group.engineering': 'Engineering',
      'group.records': 'Administration',
      'search.title': 'Find cases',
      'search.property': 'Property',
      'search.property.all': 'All properties',
      'search.number': 'Case number',
      'search.unit': 'Unit',
      'search.category': 'Category',
      'search.status': 'Status',
      'search.from': 'Received from',
      'search.to': 'to',
      'search.missed': 'Had a missed deadline',
      'search.any': 'Any',
      'search.submit': 'Search',
      'search.clear': 'Clear',
      'search.csv': 'Download CSV',
      'results.searching': 'Searching…',
      'results.count': '{0} cases',
      'results.none': 'No case matches.',
      'results.failed': 'Search failed: {0}',
      'results.pages': 'Result pages',
      'col.case': 'Case',
      'col.property': 'Property',
      'col.category': 'Category',
      'col.unit': 'Unit',
      'col.status': 'Status',
      'col.received': 'Received ({0})',
      'col.archived': 'Archived',
      'col.missed': 'Missed deadlines',
      'col.time': 'Time ({0})',
      'col.actor': 'Actor',
      'col.kind': 'Kind',
      'col.what': 'What',
      'col.detail': 'Detail',
      'col.rule': 'Rule',
      'col.process': 'Process',
      'page.info': 'Page {0} of {1}',
      'page.prev': '← Previous',
      'page.next': 'Next →',
      'case.back': '← Back to the search',
      'case.title': 'Case {0}',
      'case.number': 'Number',
      'case.property': 'Property',
      'case.received': 'Received',
      'case.archived': 'Archived',
      'case.not-archived': 'not archived',
      'case.timeline-csv': 'Timeline CSV',
      'case.pdf': 'Printable PDF',
      'case.none': 'No case {0}.',
      'case.failed': 'Could not open {0}: {1}',
      'processes.title': 'Processes',
      'process.self': 'the case itself',
      'process.called': 'called',
      'process.running': 'running',
      'process.show': 'Show the diagram of this process instance ({0})',
      'diagram.label': 'BPMN diagram of the selected process',
      'diagram.failed': 'Could not show the diagram: {0}',
      'diagram.missing': 'The BPMN viewer is missing from this build: diagrams cannot be shown.',
      'zoom.label': 'Zoom',
      'zoom.in': 'Zoom in',
      'zoom.out': 'Zoom out',
      'zoom.fit': 'Fit the whole diagram',
      'zoom.fit-short': 'Fit',
      'legend.label': 'Legend',
      'legend.completed': 'completed',
      'legend.active': 'active now',
      'legend.taken': 'sequence flow taken',
      'timeline.title': 'Timeline',
      'timeline.kinds': 'Show kinds',
      'timeline.all': 'all',
      'timeline.none': 'none',
      'timeline.count': '{0} of {1} entries shown',
      'timeline.empty': 'No entries.',
      'timeline.locate': 'Click to show {0} in the diagram',
      'http.401': 'Please sign in.',
      'http.403': 'Only auditors, quality and the centre manager may use the audit pages.',
      'http.other': 'The server answered {0}',
      'kind.activity': 'activity',
      'kind.task': 'task',
      'kind.variable': 'variable',
      'kind.decision': 'decision',
      'kind.incident': 'incident',
      'kind.sheet': 'handling sheet',
      'kind.message': 'message',
      'kind.deadline': 'deadline',
      'kind.breach': 'missed deadline',
      'kind.operation': 'operation',
      'category.repair': 'Repair',
      'category.complaint': 'Complaint',
      'category.inquiry': 'Inquiry',
      'category.challenge': 'Challenge',
      'category.suggestion': 'Suggestion',
      'category.everyday-help': 'Everyday help',
      'category.special-service': 'Special service',
      'category.medical-emergency': 'Medical emergency',
      'category.public-safety': 'Public safety',
      'category.disaster': 'Disaster',
      'status.REGISTERED': 'Registered',
      'status.TRIAGED': 'Triaged',
      'status.DISPATCHED': 'Dispatched',
      'status.HANDLED': 'Handled',
      'status.CONFIRMED': 'Confirmed',
      'status.FEEDBACK_SENT': 'Feedback sent',
      'status.CALLED_BACK': 'Called back',
      'status.ARCHIVED': 'Archived'
    }
  };

  function stored() {
    try {
      return window.localStorage.getItem(STORE);
    } catch (ignored) {
      return null;
    }
  }

  /** Chinese or English: the page's choice, else the browser's first language, else Chinese. */
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

  /** A label for a code (kind, category, status), or the code itself where there is none. */
  function label(prefix, code) {
    if (code === null || code === undefined || code === '') {
      return '';
    }
    var key = prefix + '.' + code;
    return TEXTS[language][key] !== undefined ? TEXTS[language][key] : String(code);
  }

  /** Fills every element with a data-i18n* attribute below root (the document by default). */
  function apply(root, zone) {
    var scope = root || document;
    [['data-i18n', null], ['data-i18n-placeholder', 'placeholder'], ['data-i18n-title', 'title'], ['data-i18n-aria-label', 'aria-label']].forEach(function (pair) {
      Array.prototype.forEach.call(scope.querySelectorAll('[' + pair[0] + ']'), function (element) {
        var text = t(element.getAttribute(pair[0]), zone);
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

  window.DeskI18n = {
    t: t,
    label: label,
    apply: apply,
    set: set,
    language: function () {
      return language;
    },
    /** The tag the server understands (Accept-Language, ?lang=). */
    tag: function () {
      return language === 'zh' ? 'zh-CN' : 'en';
    }
  };
})();
