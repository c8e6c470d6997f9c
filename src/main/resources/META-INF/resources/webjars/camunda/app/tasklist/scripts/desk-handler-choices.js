/*
 * Resident Service Desk: the people a dispatcher may pick (the front desk's "通知谁派工", the
 * dispatch form's "处理人") are read when the form is opened, not stored on the task when it is
 * created. When Tasklist fetches a task's form (.../task/{id}/deployed-form) with a dropdown whose
 * options come from "handlerChoices", this script asks the desk for the list
 * (GET /api/tasks/{id}/handler-choices: the handling group's people at the case's property, the
 * one on duty first) and hands form-js the dropdown with those options. When the desk cannot say,
 * the form stays as it is (a task created before this change still holds its list as a variable).
 * The desk checks the pick when the task is completed.
 */
import { rewriteForms } from './desk-form-fetch.js';

const TASK_FORM = /\/task\/([^/?]+)\/deployed-form(\?|$)/;
const VARIABLE = /\bhandlerChoices\b/;

function choicesUrl(taskId) {
  const path = window.location.pathname;
  const camunda = path.indexOf('/camunda/');
  return (
    (camunda < 0 ? '' : path.substring(0, camunda)) +
    '/api/tasks/' +
    encodeURIComponent(taskId) +
    '/handler-choices'
  );
}

function pickFields(components, found = []) {
  (components || []).forEach((component) => {
    if (typeof component.valuesExpression === 'string' && VARIABLE.test(component.valuesExpression)) {
      found.push(component);
    }
    pickFields(component.components, found);
  });
  return found;
}

/** The form with every pick field's options set to {@code choices} ([{value, label}]). */
export function offerChoices(schema, choices) {
  pickFields(schema.components).forEach((field) => {
    delete field.valuesExpression;
    field.values = choices.map((c) => ({ value: c.value, label: c.label }));
  });
  return schema;
}

rewriteForms(TASK_FORM, (schema, fetchBefore, url) => {
  if (pickFields(schema.components).length === 0) {
    return schema;
  }
  return fetchBefore(choicesUrl(decodeURIComponent(TASK_FORM.exec(url)[1])), {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' }
  })
    .then((response) => (response.ok ? response.json() : null))
    .catch(() => null)
    .then((list) => (Array.isArray(list) ? offerChoices(schema, list) : schema));
});
