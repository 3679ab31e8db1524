package io.inquirly.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The canonical forms {@code contacts duplicates} compares: e-mail (trimmed, lower-case; with the gmail rule no dots
 * and no {@code +tag} in gmail.com/googlemail.com addresses), phone (E.164 digits), identifier (trimmed,
 * lower-case) and name (no case, accents, punctuation or word order). A value that has no sure canonical form
 * (a phone number without a country code when none was given, an address without {@code @}) gives null: it joins
 * nothing rather than joining wrongly.
 */
public final class DuplicateKeys {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  /** Attribute keys that hold a phone number (whatsapp_number, mobile, tel, phone_2, ...). */
  private static final Pattern PHONE_KEY = Pattern.compile("(?i).*(phone|mobile|whatsapp|cell|tel(?![a-z])|fax).*");

  private final boolean gmail;
  private final String countryCode;

  /**
   * @param gmail apply the gmail rule
   * @param countryCode the calling code (digits) of numbers written without one, or null to skip such numbers
   */
  public DuplicateKeys(boolean gmail, String countryCode) {
    this.gmail = gmail;
    this.countryCode = countryCode;
  }

  /** The calling code of {@code --country-code} ("1", "+44", "0049"), or a usage error. */
  public static String callingCode(String text) {
    if (text == null) {
      return null;
    }
    String digits = text.strip().replaceFirst("^(\\+|00)", "");
    if (!digits.matches("[1-9][0-9]{0,2}")) {
      throw new BulkInputException("--country-code takes a calling code such as 1, 44 or +49, not '" + text + "'",
          "give the digits dialled after + for the country of numbers written without one");
    }
    return digits;
  }

  public String email(String raw) {
    if (raw == null) {
      return null;
    }
    String e = raw.strip().toLowerCase(Locale.ROOT);
    int at = e.lastIndexOf('@');
    if (at <= 0 || at == e.length() - 1) {
      return null;
    }
    if (gmail) {
      String domain = e.substring(at + 1);
      if (domain.equals("gmail.com") || domain.equals("googlemail.com")) {
        String local = e.substring(0, at);
        int plus = local.indexOf('+');
        local = (plus >= 0 ? local.substring(0, plus) : local).replace(".", "");
        return local.isEmpty() ? null : local + "@gmail.com";
      }
    }
    return e;
  }

  /**
   * E.164 as {@code +DIGITS}: separators and a trailing extension dropped; {@code +} or {@code 00} starts an
   * international number; otherwise the country code is put in front (after dropping a trunk {@code 0}), unless the
   * digits already start with it and are longer than a national number. 8 to 15 digits, or null.
   */
  public String phone(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.strip().toLowerCase(Locale.ROOT);
    int ext = indexOfExtension(s);
    if (ext >= 0) {
      s = s.substring(0, ext);
    }
    if (!s.matches("[+0-9 ().\\-/]+")) {
      return null;
    }
    boolean plus = s.startsWith("+");
    String digits = s.replaceAll("[^0-9]", "");
    String full;
    if (plus) {
      full = digits;
    } else if (digits.startsWith("00")) {
      full = digits.substring(2);
    } else if (countryCode == null) {
      return null;
    } else if (digits.startsWith(countryCode) && digits.length() > 10) {
      full = digits;
    } else {
      full = countryCode + (digits.startsWith("0") ? digits.substring(1) : digits);
    }
    if (full.length() < 8 || full.length() > 15 || full.startsWith("0")) {
      return null;
    }
    return "+" + full;
  }

  private static int indexOfExtension(String s) {
    for (String mark : List.of("ext", "x", "#", ";")) {
      int i = s.indexOf(mark);
      if (i > 0) {
        return i;
      }
    }
    return -1;
  }

  public static String identifier(String raw) {
    String s = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
    return s.isEmpty() ? null : s;
  }

  /** Words without case, accents or punctuation, sorted: "Lovelace,  Ádá" and "ada lovelace" agree. */
  public static String name(String raw) {
    if (raw == null) {
      return null;
    }
    String s = MARKS.matcher(Normalizer.normalize(raw, Normalizer.Form.NFD)).replaceAll("");
    String[] words = NOT_WORD.split(s.toLowerCase(Locale.ROOT).strip());
    List<String> kept = new ArrayList<>();
    for (String w : words) {
      if (!w.isEmpty()) {
        kept.add(w);
      }
    }
    if (kept.isEmpty()) {
      return null;
    }
    String[] sorted = kept.toArray(new String[0]);
    Arrays.sort(sorted);
    return String.join(" ", sorted);
  }

  /** The contact's phone numbers: its phone_number, then attributes whose key names a phone. */
  public List<String> phones(JsonNode contact) {
    List<String> out = new ArrayList<>(2);
    addPhone(out, text(contact.path("phone_number")));
    for (String group : List.of("additional_attributes", "custom_attributes")) {
      Iterator<Map.Entry<String, JsonNode>> it = contact.path(group).fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (PHONE_KEY.matcher(e.getKey()).matches() && (e.getValue().isTextual() || e.getValue().isNumber())) {
          addPhone(out, e.getValue().asText());
        }
      }
    }
    return out;
  }

  private void addPhone(List<String> out, String raw) {
    String p = phone(raw);
    if (p != null && !out.contains(p)) {
      out.add(p);
    }
  }

  /** A text field's value, null when absent, null or blank. */
  static String text(JsonNode v) {
    return v == null || !v.isValueNode() || v.isNull() || v.asText().isBlank() ? null : v.asText();
  }
}
