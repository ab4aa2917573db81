/**
 * The quality harness: every page a person can reach, checked for valid HTML and accessibility.
 *
 * <ul>
 *   <li>{@link nl.cursusschrift.quality.PageCatalog} starts the app on the real course with a small world
 *       ({@link nl.cursusschrift.quality.QualityWorld}) and lists its pages per person, derived from
 *       {@code App.routes()}; a GET route without a page fails {@code HtmlValidityTest}.</li>
 *   <li>{@code HtmlValidityTest} runs the Nu Html Checker ({@code nu.validator:validator}, test scope) over
 *       the HTML of every page.</li>
 *   <li>{@code AccessibilityTest} opens every page in Debian's chromium at 390×844 and 1280×800, runs axe
 *       (WCAG 2.1 A/AA and best-practice) and measures sideways scroll.</li>
 * </ul>
 *
 * <p>Run: {@code mvn -q -DskipPostgresTests -Dtest='nl.cursusschrift.quality.**' test}. Both print a table
 * to their test output (target/surefire-reports/nl.cursusschrift.quality.*-output.txt) and write it to
 * target/quality-report.txt. They fail on a crash, a page that does not answer its expected status, an
 * uncovered route, and (strict, the default) on any validator error, axe violation or sideways scroll;
 * {@code -Dquality.strict=false} reports those without failing.
 */
package nl.cursusschrift.quality;
