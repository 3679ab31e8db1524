package io.inquirly.contract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The routes of a Rails {@code config/routes.rb}, for the DSL subset Chatwoot uses: namespace, scope (module
 * only), resources/resource (only:, except:, param:, nested), member/collection blocks, verb lines (symbol or
 * string paths, on: :member/:collection), and if/unless blocks (both branches count: a route of either edition is
 * a route). Paths come out as templates with {@code {}} for every parameter.
 */
final class RailsRoutes {
  private RailsRoutes() {}

  /** One route: method and path template ({@code /api/v1/accounts/{}/contacts/{}}). */
  record Route(String method, String path) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  /** A block's context. */
  private record Ctx(String path, Kind kind, String memberPath, String nestedPath) {}

  private enum Kind { PLAIN, RESOURCES, RESOURCE, MEMBER, COLLECTION }

  private static final Pattern WORD = Pattern.compile("^(\\w+)\\s*(.*)$");
  private static final Pattern SYMBOL_OR_STRING = Pattern.compile("^[:'\"]([\\w/.*:-]+)['\"]?");
  private static final Pattern ONLY = Pattern.compile("\\b(only|except):\\s*(?:%i\\[([^\\]]*)\\]|\\[([^\\]]*)\\]|:(\\w+))");
  private static final Pattern ON = Pattern.compile("\\bon:\\s*:(\\w+)");
  private static final Pattern PATH_OPT = Pattern.compile("\\bpath:\\s*['\"]([^'\"]*)['\"]");
  private static final List<String> VERBS = List.of("get", "post", "put", "patch", "delete");
  private static final Set<String> CANONICAL = Set.of("index", "create", "new", "show", "update", "destroy");

  static List<Route> parse(String source) {
    List<String> statements = statements(source);
    Set<Route> out = new LinkedHashSet<>();
    Deque<Ctx> stack = new ArrayDeque<>();
    stack.push(new Ctx("", Kind.PLAIN, "", ""));
    for (String st : statements) {
      String s = st.strip();
      if (s.isEmpty() || s.startsWith("#")) {
        continue;
      }
      if (s.equals("end")) {
        if (stack.size() > 1) {
          stack.pop();
        }
        continue;
      }
      if (s.equals("else") || s.startsWith("elsif ")) {
        continue;
      }
      boolean block = s.matches(".*\\bdo(\\s*\\|[^|]*\\|)?$");
      String body = block ? s.replaceFirst("\\s*\\bdo(\\s*\\|[^|]*\\|)?$", "") : s;
      Ctx top = stack.peek();
      if (s.startsWith("if ") || s.startsWith("unless ")) {
        stack.push(top);
        continue;
      }
      // a trailing modifier (get :x if ChatwootApp.enterprise?) keeps the route
      body = body.replaceFirst("\\s+(if|unless)\\s+[^'\"]*$", "");
      Matcher w = WORD.matcher(body);
      if (!w.matches()) {
        if (block) {
          stack.push(top);
        }
        continue;
      }
      String word = w.group(1);
      String rest = w.group(2);
      switch (word) {
        case "namespace" -> {
          String name = name(rest);
          Matcher po = PATH_OPT.matcher(rest);
          String seg = po.find() ? po.group(1) : name;
          Ctx c = new Ctx(join(base(top), seg), Kind.PLAIN, "", "");
          if (block) {
            stack.push(c);
          }
        }
        case "scope" -> {
          Matcher po = PATH_OPT.matcher(rest);
          String seg = po.find() ? po.group(1) : (rest.matches("^['\"].*") ? name(rest) : "");
          if (block) {
            stack.push(new Ctx(join(base(top), seg), Kind.PLAIN, "", ""));
          }
        }
        case "resources", "resource" -> {
          boolean plural = word.equals("resources");
          String name = name(rest);
          Matcher po = PATH_OPT.matcher(rest);
          String seg = po.find() ? po.group(1) : name;
          String collection = join(base(top), seg);
          String member = plural ? collection + "/{}" : collection;
          Set<String> actions = actions(rest, plural);
          for (String a : actions) {
            switch (a) {
              case "index" -> out.add(new Route("GET", collection));
              case "create" -> out.add(new Route("POST", collection));
              case "new" -> out.add(new Route("GET", collection + "/new"));
              case "show" -> out.add(new Route("GET", member));
              case "edit" -> out.add(new Route("GET", member + "/edit"));
              case "update" -> {
                out.add(new Route("PATCH", member));
                out.add(new Route("PUT", member));
              }
              case "destroy" -> out.add(new Route("DELETE", member));
              default -> { }
            }
          }
          if (block) {
            stack.push(new Ctx(collection, plural ? Kind.RESOURCES : Kind.RESOURCE, member,
                plural ? collection + "/{}" : collection));
          }
        }
        case "member" -> {
          if (block) {
            stack.push(new Ctx(top.memberPath(), Kind.MEMBER, top.memberPath(), top.memberPath()));
          }
        }
        case "collection" -> {
          if (block) {
            stack.push(new Ctx(top.path(), Kind.COLLECTION, top.path(), top.path()));
          }
        }
        default -> {
          if (VERBS.contains(word)) {
            String target = name(rest);
            Matcher on = ON.matcher(rest);
            String where = on.find() ? on.group(1) : "";
            String prefix = switch (where) {
              case "member" -> top.memberPath();
              case "collection" -> top.path();
              default -> base(top);
            };
            // Rails' canonical_action?: index/create/new/show/update/destroy in a member or collection scope map
            // to the scope's own path (collection { delete :destroy } is DELETE /things)
            boolean scoped = !where.isEmpty() || top.kind() == Kind.MEMBER || top.kind() == Kind.COLLECTION;
            boolean canonical = scoped && CANONICAL.contains(target);
            String path = target.startsWith("/") ? template(target)
                : canonical ? prefix : join(prefix, template(target));
            out.add(new Route(word.toUpperCase(java.util.Locale.ROOT), path));
          }
          if (block) {
            stack.push(top);
          }
        }
      }
    }
    return new ArrayList<>(out);
  }

  /** Where a nested declaration goes: a plain scope's path; inside resources, under the parent's id. */
  private static String base(Ctx c) {
    return switch (c.kind()) {
      case RESOURCES, RESOURCE -> c.nestedPath();
      default -> c.path();
    };
  }

  private static String name(String rest) {
    Matcher m = SYMBOL_OR_STRING.matcher(rest.strip());
    return m.find() ? m.group(1) : "";
  }

  private static String template(String path) {
    return path.replaceAll(":\\w+", "{}").replaceAll("\\*\\w+", "{}");
  }

  private static String join(String a, String b) {
    if (b == null || b.isEmpty()) {
      return a;
    }
    return (a + "/" + b).replaceAll("/+", "/");
  }

  private static Set<String> actions(String rest, boolean plural) {
    Set<String> all = new LinkedHashSet<>(plural
        ? List.of("index", "create", "new", "show", "edit", "update", "destroy")
        : List.of("create", "new", "show", "edit", "update", "destroy"));
    Matcher m = ONLY.matcher(rest);
    if (!m.find()) {
      return all;
    }
    String list = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : ":" + m.group(4);
    Set<String> named = new LinkedHashSet<>();
    for (String part : list.split("[,\\s]+")) {
      String p = part.replace(":", "").strip();
      if (!p.isEmpty()) {
        named.add(p);
      }
    }
    if (m.group(1).equals("only")) {
      return named;
    }
    all.removeAll(named);
    return all;
  }

  /** Lines joined while brackets are open, comments removed. */
  private static List<String> statements(String source) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    int depth = 0;
    for (String raw : source.split("\n")) {
      String line = raw.replaceFirst("\\s+#[^{'\"]*$", "");
      if (line.strip().startsWith("#")) {
        continue;
      }
      for (char c : line.toCharArray()) {
        if (c == '[' || c == '{' || c == '(') {
          depth++;
        } else if (c == ']' || c == '}' || c == ')') {
          depth--;
        }
      }
      cur.append(cur.length() == 0 ? "" : " ").append(line.strip());
      if (depth <= 0) {
        out.add(cur.toString());
        cur.setLength(0);
        depth = 0;
      }
    }
    if (cur.length() > 0) {
      out.add(cur.toString());
    }
    return out;
  }
}
