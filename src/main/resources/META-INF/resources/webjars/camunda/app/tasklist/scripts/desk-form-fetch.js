/*
 * Resident Service Desk: Tasklist fetches a Camunda form (form-js) with window.fetch
 * (.../deployed-form, .../deployed-start-form). rewriteForms hands form-js the form as a script
 * rewrites it; several scripts may each add their rewrite (desk-form-language.js,
 * desk-property-choice.js, desk-handler-choices.js). An answer that is not a form, or a rewrite
 * that fails, is passed on as it came.
 */

/**
 * @param pattern which form URLs to rewrite
 * @param rewrite (schema, fetch, url) => the schema, or a promise of it; fetch is the one before
 *   this, url the form's
 */
export function rewriteForms(pattern, rewrite) {
  const fetchBefore = window.fetch.bind(window);
  window.fetch = function (resource, init) {
    const url = typeof resource === 'string' ? resource : resource && resource.url;
    const answer = fetchBefore(resource, init);
    if (!url || !pattern.test(url)) {
      return answer;
    }
    return answer.then((response) => {
      if (!response.ok) {
        return response;
      }
      return response
        .clone()
        .json()
        .then((schema) => rewrite(schema, fetchBefore, url))
        .then(
          (schema) =>
            new Response(JSON.stringify(schema), {
              status: response.status,
              statusText: response.statusText,
              headers: { 'Content-Type': 'application/json' }
            }),
          () => response
        );
    });
  };
}
