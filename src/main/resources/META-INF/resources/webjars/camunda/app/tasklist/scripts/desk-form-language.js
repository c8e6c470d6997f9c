/*
 * Resident Service Desk: Camunda Forms (form-js) in the page's language.
 *
 * Our forms are written in Chinese (forms/**). For a browser whose first language is English
 * (common/desk-config.js), Tasklist fetches a task's or a start event's form with window.fetch
 * (.../deployed-form, .../deployed-start-form); this script hands form-js the same form with every
 * text staff read - labels, descriptions, texts, placeholders, options (also those of a FEEL
 * options expression) - replaced by its English entry in desk-form-english.json, and the case block
 * ({{caseInfo}}) by its English version ({{caseInfoEn}}, written beside it by CaseBlock).
 * FormTranslationTest fails when a form text has no English entry.
 *
 * form-js writes its validation messages and a dropdown's placeholder in English only ("Field is
 * required.", "Select"): in the Chinese view they are put in Chinese where they are shown.
 */
import { english } from '../../common/desk-config.js';
import { rewriteForms } from './desk-form-fetch.js';

const FORM = /\/(deployed-form|deployed-start-form)(\?|$)/;
const TEXT_KEYS = ['label', 'description', 'text', 'placeholder', 'dateLabel', 'timeLabel'];
const CASE_BLOCK = /\{\{\s*caseInfo\s*\}\}/g;
const CATALOGUE = new URL('desk-form-english.json', import.meta.url).href;

let catalogue = null;

function loadCatalogue(fetchOriginal) {
  if (!catalogue) {
    catalogue = fetchOriginal(CATALOGUE, { credentials: 'same-origin' })
      .then((response) => (response.ok ? response.json() : {}))
      .catch(() => ({}));
  }
  return catalogue;
}

function translateText(text, english) {
  if (typeof text !== 'string') {
    return text;
  }
  const translated = Object.prototype.hasOwnProperty.call(english, text) ? english[text] : text;
  return translated.replace(CASE_BLOCK, '{{caseInfoEn}}');
}

/** A FEEL options expression's labels ({label: "漏水、渗水（一般）", value: "leak"}). */
function translateExpression(expression, english) {
  return expression.replace(/label: "([^"]*)"/g, (whole, label) =>
    Object.prototype.hasOwnProperty.call(english, label)
      ? 'label: ' + JSON.stringify(english[label])
      : whole
  );
}

export function translateForm(schema, english) {
  (schema.components || []).forEach((component) => {
    TEXT_KEYS.forEach((key) => {
      if (typeof component[key] === 'string' && !component[key].startsWith('=')) {
        component[key] = translateText(component[key], english);
      }
    });
    (component.values || []).forEach((option) => {
      option.label = translateText(option.label, english);
    });
    if (typeof component.valuesExpression === 'string') {
      component.valuesExpression = translateExpression(component.valuesExpression, english);
    }
    if (component.components) {
      translateForm(component, english);
    }
  });
  return schema;
}

function englishForms() {
  rewriteForms(FORM, (schema, fetchBefore) =>
    loadCatalogue(fetchBefore).then((english) => translateForm(schema, english))
  );
}

const CHINESE_ERRORS = [
  [/^Field is required\.?$/, () => '此项必填。'],
  [/^Field must match pattern .*$/, () => '格式不正确。'],
  [/^Field must have minimum value of (.+?)\.?$/, (n) => '不能小于 ' + n + '。'],
  [/^Field must have maximum value of (.+?)\.?$/, (n) => '不能大于 ' + n + '。'],
  [/^Field must have minimum length of (.+?)\.?$/, (n) => '至少填写 ' + n + ' 个字。'],
  [/^Field must have maximum length of (.+?)\.?$/, (n) => '最多填写 ' + n + ' 个字。'],
  [/^Field must be a valid email\.?$/, () => '请填写有效的电子邮件地址。'],
  [/^Field must be a valid phone number\.?$/, () => '请填写有效的电话号码。'],
  [/^Value is not a number\.?$/, () => '请填写数字。'],
  [/^Value is expected to be an integer\.?$/, () => '请填写整数。']
];

/** form-js's English validation messages and placeholders in Chinese, wherever a form shows them. */
function chineseValidationMessages() {
  const translate = (root) => {
    // the text node itself, which form-js (Preact) keeps and updates once something is chosen
    root.querySelectorAll('.fjs-select-placeholder').forEach((placeholder) => {
      placeholder.childNodes.forEach((node) => {
        if (node.nodeType === Node.TEXT_NODE && node.nodeValue === 'Select') {
          node.nodeValue = '请选择';
        }
      });
    });
    root.querySelectorAll('.fjs-form-field-error').forEach((error) => {
      const walker = document.createTreeWalker(error, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.nodeValue.trim();
        for (const [pattern, chinese] of CHINESE_ERRORS) {
          const m = pattern.exec(text);
          if (m) {
            node.nodeValue = chinese(m[1]);
            break;
          }
        }
      }
    });
  };
  const start = () =>
    new MutationObserver(() => translate(document.body)).observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true
    });
  if (document.body) {
    start();
  } else {
    document.addEventListener('DOMContentLoaded', start);
  }
}

if (english) {
  englishForms();
} else {
  chineseValidationMessages();
}
