package com.residentdesk.support;

import static com.microsoft.playwright.options.WaitForSelectorState.DETACHED;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Camunda Tasklist as a member of staff uses it, for the real-browser tests: sign in, open a task,
 * claim it, fill its Camunda form by the labels staff read, complete it.
 */
public final class TasklistPage {

  private final Page page;
  private final String site;

  public TasklistPage(Page page, String site) {
    this.page = page;
    this.site = site;
  }

  public Page page() {
    return page;
  }

  public TasklistPage signIn(String user) {
    page.navigate(site + "/camunda/app/tasklist/default/");
    page.fill("input[type=text]", user);
    page.fill("input[type=password]", DeskFixture.PASSWORD);
    page.click("button[type=submit]");
    page.locator(".task-filters, .tasks-list").first().waitFor();
    return this;
  }

  /**
   * Opens the task as its link in a notification does, and waits for its form. When the form has
   * not rendered after the context's timeout (seen once in a loaded CI run, with the task list
   * shown and the form pane empty) the page is reloaded once, as the clerk would.
   */
  public Locator open(String taskId) {
    page.navigate(site + "/camunda/app/tasklist/default/#/?task=" + taskId);
    Locator form = page.locator(".fjs-form");
    try {
      form.waitFor();
    } catch (com.microsoft.playwright.TimeoutError slow) {
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Paths.get("target", "tasklist-slow-" + taskId + ".png"))
              .setFullPage(true));
      page.reload();
      form.waitFor();
    }
    return form;
  }

  /** Claims the open task when nobody has it yet (Tasklist's form stays disabled until then). */
  public TasklistPage claim() {
    Locator claim = page.locator(".task-details .claim");
    if (claim.count() > 0 && claim.first().isVisible()) {
      claim.first().click();
    }
    page.locator(".disabled-form").waitFor(new Locator.WaitForOptions().setState(DETACHED));
    return this;
  }

  public TasklistPage fill(String label, String text) {
    page.getByLabel(label).fill(text);
    return this;
  }

  public TasklistPage check(String label) {
    page.getByLabel(label).check();
    return this;
  }

  /** Chooses an option of a select field, by the field's label and the option's text. */
  public TasklistPage pick(String label, String option) {
    openList(label);
    page.locator(".fjs-dropdownlist-item")
        .filter(new Locator.FilterOptions().setHasText(option))
        .first()
        .click();
    return this;
  }

  /**
   * Chooses an option of the {@code nth} (from 0) select field with this label, for a form that
   * repeats a field in rows (the owners' forum's corrective actions).
   */
  public TasklistPage pick(String label, int nth, String option) {
    page.locator(".fjs-form-field")
        .filter(
            new Locator.FilterOptions()
                .setHas(
                    page.locator("label").filter(new Locator.FilterOptions().setHasText(label))))
        .nth(nth)
        .locator(".fjs-input-group")
        .first()
        .click();
    page.locator(".fjs-dropdownlist-item")
        .filter(new Locator.FilterOptions().setHasText(option))
        .first()
        .click();
    return this;
  }

  /** Types a day into a form-js date field (key {@code field}, subtype date) and takes it. */
  public TasklistPage date(String field, java.time.LocalDate day) {
    Locator date = page.locator("input[id$='Field_" + field + "-date']");
    String wanted = day.getYear() + "-" + day.getMonthValue() + "-" + day.getDayOfMonth();
    for (int attempt = 0; attempt < 3 && !wanted.equals(pickedDate(date)); attempt++) {
      date.fill(day.format(DateTimeFormatter.ofPattern("yyyy/MM/dd")));
      page.keyboard().press("Enter");
      page.waitForTimeout(200 * attempt);
    }
    date.dispatchEvent("blur");
    return this;
  }

  /** Opens the dropdown of a select field by its label. */
  public Locator openList(String label) {
    page.locator(".fjs-form-field")
        .filter(
            new Locator.FilterOptions()
                .setHas(
                    page.locator("label").filter(new Locator.FilterOptions().setHasText(label))))
        .first()
        .locator(".fjs-input-group")
        .first()
        .click();
    return page.locator(".fjs-dropdownlist-item");
  }

  /**
   * Types a date and time into a form-js date-time field (key {@code field}) as its placeholder
   * asks (yyyy/MM/dd, HH:mm), leaving each part so the picker takes it. The date picker (flatpickr)
   * takes a typed date on Enter; when it has not (the form re-rendered under the typing, seen in
   * loaded CI runs as 完成 staying disabled), the date is typed again, as the clerk would.
   */
  public TasklistPage dateTime(String field, LocalDateTime at) {
    Locator date = page.locator("input[id$='Field_" + field + "-date']");
    String wanted = at.getYear() + "-" + at.getMonthValue() + "-" + at.getDayOfMonth();
    for (int attempt = 0; attempt < 3 && !wanted.equals(pickedDate(date)); attempt++) {
      date.fill(at.format(DateTimeFormatter.ofPattern("yyyy/MM/dd")));
      page.keyboard().press("Enter");
      page.waitForTimeout(200 * attempt);
    }
    // form-js's time input reads what was typed from its last render when it loses focus: leaving
    // it before Preact has re-rendered after the typing drops the time and the field stays
    // required (seen in CI, 完成 disabled with the date picked). Wait for the render, then check.
    Locator time = page.locator("input[id$='Field_" + field + "-time']");
    Locator errors =
        page.locator(
            ".fjs-form-field:has(input[id$='Field_" + field + "-time']) .fjs-form-field-error");
    for (int attempt = 0; attempt < 3; attempt++) {
      time.fill(at.format(DateTimeFormatter.ofPattern("HH:mm")));
      page.waitForTimeout(300);
      page.keyboard().press("Tab");
      page.waitForTimeout(300);
      if (errors.count() == 0) {
        break;
      }
    }
    date.dispatchEvent("blur");
    return this;
  }

  /** The date the field's picker holds, as y-M-d (flatpickr keeps its instance on the input). */
  private static String pickedDate(Locator date) {
    return (String)
        date.evaluate(
            "input => { const d = input._flatpickr && input._flatpickr.selectedDates[0];"
                + " return d ? d.getFullYear() + '-' + (d.getMonth() + 1) + '-' + d.getDate() : ''; }");
  }

  /**
   * Waits until the form's 完成 is enabled. When it stays disabled, says in the build log what the
   * form holds (every input's value, each date picker's date, the fields' errors) before failing.
   */
  public Locator completable(double timeoutMillis) {
    Locator done =
        page.locator(
                "button:has-text('完成'):not([disabled]), button:has-text('Complete'):not([disabled])")
            .first();
    try {
      done.waitFor(new Locator.WaitForOptions().setTimeout(timeoutMillis));
      return done;
    } catch (com.microsoft.playwright.TimeoutError disabled) {
      System.err.println("完成 STAYED DISABLED; the form holds: " + page.evaluate(FORM_STATE));
      throw disabled;
    }
  }

  private static final String FORM_STATE =
      "() => JSON.stringify(Array.from(document.querySelectorAll('.fjs-form input, .fjs-form"
          + " textarea')).map(i => ({ id: i.id, value: i.value, picked: i._flatpickr ?"
          + " i._flatpickr.selectedDates.map(String) : undefined })).concat(Array.from("
          + "document.querySelectorAll('.fjs-form-field-error')).map(e => ({ error: e.textContent"
          + " }))))";

  /** Completes the open task and waits until Tasklist has closed its form. */
  public void complete() {
    page.locator(
            "button:has-text('完成'):not([disabled]), button:has-text('Complete'):not([disabled])")
        .first()
        .click();
    page.locator(".fjs-form").first().waitFor(new Locator.WaitForOptions().setState(DETACHED));
  }

  public void screenshot(String name) {
    page.screenshot(
        new Page.ScreenshotOptions().setPath(Paths.get("target", name + ".png")).setFullPage(true));
  }
}
