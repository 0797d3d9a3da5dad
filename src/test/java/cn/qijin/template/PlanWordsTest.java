package cn.qijin.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import cn.qijin.template.TemplateDocument.Item;
import cn.qijin.kernel.Theme;
import cn.qijin.kernel.Venue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11, point 9: every checklist item of the default template carries the plan's own words.
 *
 * <p>The plan is kept with the tests ({@code src/test/resources/plan/qijin-plan-2017.txt}, a copy of the
 * team's seed {@code ../shared/seed/000_324ce6bc28d04020.txt}, which a fresh clone does not have; where the
 * seed is present, the copy must be identical). Its 四、活动内容 is cut into one
 * section per venue. Each item's {@code description} must
 * <ul>
 *   <li>occur verbatim, once, in its venue's section (only a leading enumerator such as "1." may be left out);
 *   <li>be whole sentences: it starts where a sentence starts (a paragraph start, after "1." or after 。；) and
 *       ends where one ends (before 。；or the paragraph end), leaving the 。 or ； itself out. A sentence that
 *       lists several requirements (机关's paragraph, COM-1/COM-2, …) may be cut at a comma only where the next
 *       item of the same venue takes over, so no clause is left out between two items;
 * </ul>
 * and together a venue's items carry every clause of its section (no purpose clause or venue-level sentence
 * is dropped). Titles may be short and are not checked here.
 */
class PlanWordsTest {

  static final String PLAN = "/plan/qijin-plan-2017.txt";
  static final Path SEED = Path.of("..", "shared", "seed", "000_324ce6bc28d04020.txt");
  static final String TEMPLATE = "/campaign-templates/qijin-2017.yaml";

  static final Pattern ENUMERATOR = Pattern.compile("^(\\d+[.．、]|[（(][一二三四五六七八九十]+[)）])");
  static final Pattern VENUE_HEADING = Pattern.compile("^[（(][一二三四五六七][)）]推进安全生产宣传教育进(.+)$");
  static final String SENTENCE_ENDS = "。；";
  static final char COMMA = '，';

  static List<String> paragraphs;
  static Map<Venue, String> sections;
  static TemplateDocument template;

  @BeforeAll
  static void readPlanAndTemplate() throws IOException {
    String plan;
    try (InputStream in = PlanWordsTest.class.getResourceAsStream(PLAN)) {
      assertThat(in).as("the plan " + PLAN + " on the test classpath").isNotNull();
      plan = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (Files.isRegularFile(SEED)) {
      assertThat(plan).as("the test's copy of the plan equals the seed " + SEED).isEqualTo(Files.readString(SEED, StandardCharsets.UTF_8));
    }
    paragraphs = paragraphs(plan);
    sections = venueSections(paragraphs);
    try (InputStream in = PlanWordsTest.class.getResourceAsStream(TEMPLATE)) {
      assertThat(in).as("template " + TEMPLATE + " on the classpath").isNotNull();
      template = new TemplateParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /**
   * Paragraphs with all whitespace taken out (Chinese text has none between words). Blank lines separate
   * paragraphs; within a block, a line break after 。；：！？ ends a paragraph, any other line break is a wrap
   * inside a sentence and is dropped.
   */
  static List<String> paragraphs(String text) {
    List<String> result = new ArrayList<>();
    for (String block : text.replace("\r\n", "\n").replace('\r', '\n').split("\n[\\s\u3000]*\n")) {
      StringBuilder current = new StringBuilder();
      for (String line : block.split("\n")) {
        current.append(line.replaceAll("[\\s\u3000\u00a0]+", ""));
        if (!current.isEmpty() && "。；：！？".indexOf(current.charAt(current.length() - 1)) >= 0) {
          result.add(current.toString());
          current.setLength(0);
        }
      }
      if (!current.isEmpty()) {
        result.add(current.toString());
      }
    }
    return result;
  }

  /** 四、活动内容: the paragraphs under each "（n）推进安全生产宣传教育进…" heading, joined by line ends. */
  static Map<Venue, String> venueSections(List<String> paragraphs) {
    int from = paragraphs.indexOf("四、活动内容");
    int to = paragraphs.indexOf("五、活动步骤");
    assertThat(from).as("the plan's 四、活动内容 heading").isNotNegative();
    assertThat(to).as("the plan's 五、活动步骤 heading").isGreaterThan(from);
    Map<Venue, List<String>> bodies = new EnumMap<>(Venue.class);
    Venue current = null;
    for (String paragraph : paragraphs.subList(from + 1, to)) {
      Matcher heading = VENUE_HEADING.matcher(paragraph);
      if (heading.matches()) {
        current = Venue.parse(heading.group(1));
        bodies.put(current, new ArrayList<>());
      } else if (current != null) {
        bodies.get(current).add(paragraph);
      }
    }
    assertThat(bodies.keySet()).as("the plan has a section per venue").containsExactlyInAnyOrder(Venue.values());
    Map<Venue, String> result = new EnumMap<>(Venue.class);
    bodies.forEach((venue, body) -> result.put(venue, String.join("\n", body)));
    return result;
  }

  static Stream<Arguments> items() {
    return template.venues().entrySet().stream()
        .flatMap(e -> e.getValue().stream().map(item -> Arguments.of(item.code(), e.getKey(), item)));
  }

  static List<Item> items(Venue venue) {
    return template.venues().getOrDefault(venue, List.of());
  }

  static Item item(String code) {
    return template.venues().values().stream().flatMap(List::stream).filter(i -> i.code().equals(code))
        .findFirst().orElseThrow(() -> new AssertionError("the template has no item " + code));
  }

  /** Where the item's description starts in its venue's section, or -1. */
  static int start(Venue venue, Item item) {
    return item.description() == null ? -1 : sections.get(venue).indexOf(item.description());
  }

  @ParameterizedTest(name = "{0} occurs verbatim in the plan''s section for its venue")
  @MethodSource("items")
  void descriptionIsThePlansText(String code, Venue venue, Item item) {
    String section = sections.get(venue);
    assertThat(item.description()).as(code + " description").isNotBlank();
    assertThat(section).as(code + ": the description is not the plan's text (进" + venue.chineseName() + ")")
        .contains(item.description());
    assertThat(section.lastIndexOf(item.description())).as(code + ": the description occurs once in the section")
        .isEqualTo(section.indexOf(item.description()));
  }

  @ParameterizedTest(name = "{0} is the plan''s whole sentence")
  @MethodSource("items")
  void descriptionIsAWholeSentence(String code, Venue venue, Item item) {
    String section = sections.get(venue);
    int start = start(venue, item);
    if (start < 0) {
      fail(code + ": the description is not the plan's text: " + item.description());
    }
    int end = start + item.description().length();
    int paragraphStart = section.lastIndexOf('\n', start - 1) + 1;
    String before = section.substring(paragraphStart, start);
    char previous = start == paragraphStart ? '\n' : section.charAt(start - 1);
    char next = end == section.length() ? '\n' : section.charAt(end);

    boolean startsASentence = before.isEmpty() || ENUMERATOR.matcher(before).matches()
        || SENTENCE_ENDS.indexOf(previous) >= 0;
    boolean takesOverFromAnotherItem = previous == COMMA && items(venue).stream()
        .anyMatch(other -> other != item && start(venue, other) >= 0
            && start(venue, other) + other.description().length() == start - 1);
    int sentenceStart = start;
    while (sentenceStart > paragraphStart && SENTENCE_ENDS.indexOf(section.charAt(sentenceStart - 1)) < 0) {
      sentenceStart--;
    }
    assertThat(startsASentence || takesOverFromAnotherItem)
        .as("%s starts mid-sentence: the plan has “%s” before “%s”", code, section.substring(sentenceStart, start),
            item.description())
        .isTrue();

    boolean endsASentence = next == '\n' || SENTENCE_ENDS.indexOf(next) >= 0;
    boolean anotherItemTakesOver = next == COMMA && items(venue).stream()
        .anyMatch(other -> other != item && start(venue, other) == end + 1);
    int sentenceEnd = end;
    while (sentenceEnd < section.length() && ("\n" + SENTENCE_ENDS).indexOf(section.charAt(sentenceEnd)) < 0) {
      sentenceEnd++;
    }
    assertThat(endsASentence || anotherItemTakesOver)
        .as("%s stops mid-sentence: the plan goes on with “%s”", code, section.substring(end, sentenceEnd))
        .isTrue();
  }

  @Test
  void everyClauseOfEveryVenueIsCarriedByAnItem() {
    List<String> dropped = new ArrayList<>();
    for (Venue venue : Venue.values()) {
      String section = sections.get(venue);
      boolean[] carried = new boolean[section.length()];
      for (Item item : items(venue)) {
        int start = start(venue, item);
        if (start >= 0) {
          Arrays.fill(carried, start, start + item.description().length(), true);
        }
      }
      int paragraphStart = 0;
      for (String paragraph : section.isEmpty() ? List.<String>of() : List.of(section.split("\n"))) {
        Matcher enumerator = ENUMERATOR.matcher(paragraph);
        int from = paragraphStart + (enumerator.find() ? enumerator.end() : 0);
        StringBuilder run = new StringBuilder();
        for (int i = from; i <= paragraphStart + paragraph.length(); i++) {
          boolean gap = i < paragraphStart + paragraph.length() && !carried[i]
              && ("，" + SENTENCE_ENDS).indexOf(section.charAt(i)) < 0;
          if (gap) {
            run.append(section.charAt(i));
          } else if (!run.isEmpty()) {
            dropped.add("进" + venue.chineseName() + "：“" + run + "”");
            run.setLength(0);
          }
        }
        paragraphStart += paragraph.length() + 1;
      }
    }
    assertThat(dropped).as("the plan's words that no checklist item carries").isEmpty();
  }

  // The truncations issue 11 point 9 names, one by one.

  @Test
  void ORG_V2_carriesGeneralSecretaryXisInstructions() {
    assertThat(item("ORG-V2").description()).startsWith("大力宣传习近平总书记关于“党政同责")
        .endsWith("等重要指示精神");
  }

  @Test
  void PUB_1_namesImportantPlacesSectionsAndAreas() {
    assertThat(item("PUB-1").description()).contains("在重要场所、重点地段、重要区域以及高速路口");
  }

  @Test
  void ORG_V3_keepsRelatedCasesAsOneOfTheLevers() {
    assertThat(item("ORG-V3").description()).contains("把相关典型案例教学作为重要抓手之一");
  }

  @Test
  void ENT_3_ENT_6_FAM_1_keepTheirPurposeClauses() {
    assertThat(item("ENT-3").description()).endsWith("努力解决中小微企业安全教育相对薄弱的问题");
    assertThat(item("ENT-6").description()).endsWith("使安全知识入心入脑");
    assertThat(item("FAM-1").description()).endsWith("筑牢安全防线");
  }

  @Test
  void ORGAN_venueLevelSentencesAreCarried() {
    assertThat(items(Venue.ORGAN)).extracting(Item::description)
        .anyMatch(d -> d.contains("要把安全生产宣传教育纳入机关宣传教育的重要内容"))
        .anyMatch(d -> d.contains("推动树立安全培训不到位就是重大安全隐患的意识"));
  }

  // Themes (三、工作重点).

  @Test
  void T2_situationAndTasksIsOnAnItem() {
    assertThat(template.venues().values().stream().flatMap(List::stream)
        .filter(item -> item.themes().contains(Theme.T2)).map(Item::code).toList())
        .as("items tagged T2 安全生产形势任务").isNotEmpty();
  }

  @Test
  void everyThemeOfThePlanIsOnAnItemAndEveryItemHasATheme() {
    Set<Theme> used = EnumSet.noneOf(Theme.class);
    template.venues().values().forEach(list -> list.forEach(item -> {
      assertThat(item.themes()).as(item.code() + " themes").isNotEmpty();
      used.addAll(item.themes());
    }));
    assertThat(used).containsExactlyInAnyOrder(Theme.values());
  }

  @Test
  void obligationsCarryTheirItemsThemes() {
    for (TemplateDocument.Obligation obligation : template.obligations()) {
      assertThat(obligation.themes()).as(obligation.code() + " obligation themes")
          .isEqualTo(item(obligation.code()).themes());
    }
  }
}
