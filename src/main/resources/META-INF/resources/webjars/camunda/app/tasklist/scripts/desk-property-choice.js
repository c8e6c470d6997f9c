/*
 * Resident Service Desk: the property of a request registered from a start form is chosen, not
 * typed. A start form has no variables of its own to offer choices from, so when Tasklist fetches a
 * start form (.../deployed-start-form) that has a "property" field, this script asks the desk which
 * properties the signed-in user works for (GET /api/properties) and hands form-js the form with
 * the field as a dropdown of those properties - or without the field when there is only one, as the
 * desk then takes that property itself. The desk still checks the property on submission.
 */
import { english } from '../../common/desk-config.js';
import { rewriteForms } from './desk-form-fetch.js';

const START_FORM = /\/deployed-start-form(\?|$)/;
const FIELD = 'property';
const TEXT = english
  ? {
      label: 'Property',
      description: 'The property the request is about: you work for more than one'
    }
  : { label: '物业项目', description: '您负责多个项目：请选择本次报事所属的项目' };

function propertiesUrl() {
  const path = window.location.pathname;
  const camunda = path.indexOf('/camunda/');
  return (camunda < 0 ? '' : path.substring(0, camunda)) + '/api/properties';
}

/** The form with its property field as a dropdown of {@code properties}, or without it. */
export function chooseProperty(schema, properties) {
  const components = schema.components || [];
  const index = components.findIndex((c) => c.key === FIELD && c.type === 'textfield');
  if (index < 0) {
    return schema;
  }
  if (properties.length <= 1) {
    components.splice(index, 1);
    return schema;
  }
  const field = components[index];
  components[index] = {
    id: field.id,
    key: FIELD,
    type: 'select',
    label: TEXT.label,
    description: TEXT.description,
    values: properties.map((p) => ({ label: p.name + ' (' + p.code + ')', value: p.code })),
    validate: { required: true },
    layout: field.layout
  };
  return schema;
}

rewriteForms(START_FORM, (schema, fetchBefore) =>
  fetchBefore(propertiesUrl(), {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' }
  })
    .then((response) => (response.ok ? response.json() : null))
    .catch(() => null)
    // when the desk cannot say, the form stays as it is and the typed code is checked on submission
    .then((list) => (Array.isArray(list) ? chooseProperty(schema, list) : schema))
);
