/*
 * The survey page's texts in Chinese and English; the lookup, the language choice and the data-i18n
 * attributes are the desk pages' own (/common/page-i18n.js).
 */
(function () {
  'use strict';

  var TEXTS = {
    zh: {
      'page.title': '满意度调查 · 物业服务中心',
      'app.centre': '物业服务中心',
      'language.label': '语言',
      'survey.heading': '满意度调查',
      'survey.until': '请在 {0} 前提交。无需登录，每份问卷提交一次。',
      'survey.intro': '请对以下各项服务评分。前三项（非常满意、满意、基本满意）表示您满意。',
      'survey.opinion': '您的意见和建议（选填）',
      'survey.submit': '提交问卷',
      'survey.sending': '正在提交…',
      'level.5': '非常满意',
      'level.4': '满意',
      'level.3': '基本满意',
      'level.2': '不满意',
      'level.1': '非常不满意',
      'survey.thanks.title': '感谢您的评价',
      'survey.thanks.text': '您的问卷已提交。我们会根据大家的意见改进服务，并公布调查结果和整改措施。',
      'survey.answered': '此问卷已经提交过了，感谢您的参与。',
      'survey.closed.title': '问卷无法打开',
      'error.rate-all': '请为每一项服务评分',
      'error.no-token': '请通过短信或邮件中的链接打开问卷。',
      'error.network': '网络连接失败。您填写的内容还在，请稍后再试。',
      'error.server': '未能提交（{0}）。您填写的内容还在，请稍后再试或致电服务中心。',
      'error.fix-fields': '请修改标红的项目。'
    },
    en: {
      'page.title': 'Satisfaction survey · Service centre',
      'app.centre': 'Service centre',
      'language.label': 'Language',
      'survey.heading': 'Satisfaction survey',
      'survey.until': 'Please answer by {0}. No sign-in needed; each questionnaire is answered once.',
      'survey.intro': 'Please rate each service. The first three levels (very satisfied, satisfied, basically satisfied) count as satisfied.',
      'survey.opinion': 'Your opinions and suggestions (optional)',
      'survey.submit': 'Send the questionnaire',
      'survey.sending': 'Sending…',
      'level.5': 'Very satisfied',
      'level.4': 'Satisfied',
      'level.3': 'Basically satisfied',
      'level.2': 'Unsatisfied',
      'level.1': 'Very unsatisfied',
      'survey.thanks.title': 'Thank you',
      'survey.thanks.text': 'Your questionnaire was sent. We will improve our services with everyone\'s opinions and publish the results and the corrections.',
      'survey.answered': 'This questionnaire has already been answered. Thank you for taking part.',
      'survey.closed.title': 'The questionnaire cannot be opened',
      'error.rate-all': 'Please rate every service',
      'error.no-token': 'Please open the questionnaire with the link in your text message or e-mail.',
      'error.network': 'No connection. What you entered is still here: please try again shortly.',
      'error.server': 'Not sent ({0}). What you entered is still here: try again shortly or phone the service centre.',
      'error.fix-fields': 'Please correct the items marked in red.'
    }
  };

  window.SurveyI18n = window.PageI18n(TEXTS);
})();
