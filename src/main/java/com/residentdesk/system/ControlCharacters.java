package com.residentdesk.system;

/** Control characters in user input: NUL cannot even be stored in PostgreSQL text. */
public final class ControlCharacters {

  private ControlCharacters() {}

  /** True when the text holds a C0 control other than tab, LF and CR, or DEL. */
  public static boolean present(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
        return true;
      }
    }
    return false;
  }
}
