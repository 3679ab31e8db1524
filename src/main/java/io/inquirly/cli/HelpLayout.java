package io.inquirly.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * picocli's help wrapped at spaces only. picocli breaks lines where the JDK's line BreakIterator allows, which
 * includes after a dot inside a word ({@code FILE.rejects.} / {@code csv}, {@code custom_attributes.} /
 * {@code KEY}); descriptions and option texts are cut here at spaces instead (a single word longer than the
 * line is still cut, as there is no other way).
 */
final class HelpLayout extends Help {
  HelpLayout(CommandSpec spec, ColorScheme colorScheme) {
    super(spec, colorScheme);
  }

  @Override
  public String description(Object... params) {
    TextTable table = new SpaceTable(colorScheme(),
        new Column[] {new Column(commandSpec().usageMessage().width(), 0,
            Column.Overflow.WRAP)});
    table.indentWrappedLines = 0;
    for (String line : commandSpec().usageMessage().description()) {
      table.addRowValues(line == null ? "" : String.format(line, params));
    }
    return table.toString(new StringBuilder()).toString();
  }

  @Override
  public Layout createDefaultLayout(List<OptionSpec> options, List<PositionalParamSpec> positionals,
      ColorScheme scheme) {
    int longOptions = calcLongOptionColumnWidth(options, positionals, scheme);
    int width = commandSpec().usageMessage().width();
    TextTable table = new SpaceTable(scheme, new Column[] {
      new Column(2, 0, Column.Overflow.TRUNCATE),
      new Column(2, 0, Column.Overflow.SPAN),
      new Column(1, 0, Column.Overflow.TRUNCATE),
      new Column(longOptions, 1, Column.Overflow.SPAN),
      new Column(width - 5 - longOptions, 1, Column.Overflow.WRAP)});
    table.setAdjustLineBreaksForWideCJKCharacters(commandSpec().usageMessage().adjustLineBreaksForWideCJKCharacters());
    return new Layout(scheme, table, createDefaultOptionRenderer(), createDefaultParameterRenderer());
  }

  /** A table whose wrapping columns break lines at spaces. */
  static final class SpaceTable extends TextTable {
    private final ColorScheme scheme;

    SpaceTable(ColorScheme scheme, Column[] columns) {
      super(scheme, columns);
      this.scheme = scheme;
    }

    @Override
    public Cell putValue(int row, int col, Text value) {
      Column column = columns()[col];
      String plain = value.plainString();
      int first = column.width - column.indent;
      if (column.overflow != Column.Overflow.WRAP || plain.length() <= first || plain.contains("\n")) {
        return super.putValue(row, col, value);
      }
      int next = first - indentWrappedLines;
      List<int[]> pieces = new ArrayList<>();
      int start = 0;
      int room = first;
      while (plain.length() - start > room) {
        int cut = plain.lastIndexOf(' ', start + room);
        if (cut <= start) {
          cut = start + room; // one word longer than the line
          pieces.add(new int[] {start, cut});
          start = cut;
        } else {
          pieces.add(new int[] {start, cut});
          start = cut + 1;
        }
        room = Math.max(1, next);
      }
      pieces.add(new int[] {start, plain.length()});
      Cell cell = null;
      int r = row;
      for (int i = 0; i < pieces.size(); i++) {
        Text piece = value.substring(pieces.get(i)[0], pieces.get(i)[1]);
        if (i > 0) {
          addEmptyRow();
          r = rowCount() - 1;
          piece = scheme.text(" ".repeat(indentWrappedLines)).concat(piece);
        }
        cell = super.putValue(r, col, piece);
      }
      return cell;
    }
  }

  static CommandLine.IHelpFactory factory() {
    return HelpLayout::new;
  }
}
