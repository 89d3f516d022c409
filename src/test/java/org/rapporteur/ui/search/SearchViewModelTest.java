package org.rapporteur.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapporteur.ui.FxTestSupport.onFx;
import static org.rapporteur.ui.FxTestSupport.waitUntil;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.ui.FxTestSupport;
import org.rapporteur.ui.tasks.BackgroundTasks;
import org.testfx.util.WaitForAsyncUtils;

/** The search bar's view model without a window: debounce, Enter, history, completion values from the index. */
class SearchViewModelTest {
    private static Workspace workspace;
    private final BackgroundTasks tasks = new BackgroundTasks();
    private final List<String> sent = new CopyOnWriteArrayList<>();
    private final List<List<String>> histories = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void setUp() {
        FxTestSupport.startToolkit();
        workspace = FxTestSupport.sampleWorkspace();
    }

    @AfterEach
    void tearDown() {
        tasks.shutdown();
    }

    private SearchViewModel newViewModel(List<String> history) {
        return onFx(() -> new SearchViewModel(workspace, tasks, history, sent::add, histories::add));
    }

    @Test
    void typingIsDebouncedIntoOneSearchForTheLastText() {
        SearchViewModel vm = newViewModel(List.of());
        onFx(() -> {
            for (String s : List.of("p", "pa", "pak", "paki", "pakistan")) {
                vm.queryProperty().set(s);
            }
        });
        assertTrue(sent.isEmpty(), "nothing is sent before the pause");
        waitUntil(5, () -> !sent.isEmpty());
        // Absence of a second search can only be checked by waiting past another debounce period.
        WaitForAsyncUtils.sleep((long) SearchViewModel.DEBOUNCE.toMillis() * 2, TimeUnit.MILLISECONDS);
        assertEquals(List.of("pakistan"), sent);
        assertTrue(histories.isEmpty(), "typing alone does not fill the history");
    }

    @Test
    void enterSearchesAtOnceAndRemembersTheQuery() {
        SearchViewModel vm = newViewModel(List.of("older"));
        onFx(() -> {
            vm.queryProperty().set("  peace talks ");
            vm.submit();
        });
        assertEquals(List.of("peace talks"), sent, "Enter skips the debounce");
        assertEquals(List.of("peace talks", "older"), onFx(() -> List.copyOf(vm.history())));
        assertEquals(List.of("peace talks", "older"), histories.getLast());
        WaitForAsyncUtils.sleep((long) SearchViewModel.DEBOUNCE.toMillis() * 2, TimeUnit.MILLISECONDS);
        assertEquals(1, sent.size(), "the pending debounce was cancelled by Enter");
    }

    @Test
    void aQueryPastTheNestingLimitIsShownAroundItsFault() {
        SearchViewModel vm = newViewModel(List.of());
        String deep = "(".repeat(5_000) + "security" + ")".repeat(5_000);
        org.rapporteur.model.QuerySyntaxException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.rapporteur.model.QuerySyntaxException.class,
                () -> workspace.corpus().search(org.rapporteur.model.SearchRequest.of(deep, 10)));
        onFx(() -> vm.showSyntaxError(e));
        SearchViewModel.QueryError shown = onFx(() -> vm.errorProperty().get());
        assertTrue(shown.message().contains("nests parentheses 5,000 deep; the limit is 100"), shown.message());
        assertTrue(shown.query().length() < 100, "an excerpt, not 10,008 characters under the bar");
        assertEquals('(', shown.query().charAt(shown.position()));
    }

    @Test
    void settingTheQueryQuietlyDoesNotSearch() {
        SearchViewModel vm = newViewModel(List.of());
        onFx(() -> vm.setQuietly("from a matrix cell"));
        WaitForAsyncUtils.sleep((long) SearchViewModel.DEBOUNCE.toMillis() * 2, TimeUnit.MILLISECONDS);
        assertTrue(sent.isEmpty());
        assertEquals("from a matrix cell", onFx(() -> vm.queryProperty().get()));
    }

    @Test
    void completesFieldValuesKnownToTheIndex() {
        SearchViewModel vm = newViewModel(List.of());
        onFx(vm::refreshCompletions);
        String title = workspace.corpus().reports().getFirst().title();
        String firstWord = title.strip().split("\\s+")[0];
        String prefix = "report:" + firstWord.substring(0, Math.min(4, firstWord.length()));
        waitUntil(10, () -> !vm.complete(prefix, prefix.length()).isEmpty());
        List<QueryCompleter.Completion> out = onFx(() -> vm.complete(prefix, prefix.length()));
        assertTrue(out.stream().anyMatch(c -> c.label().equals(title)), "offered: " + out);
        assertFalse(onFx(() -> vm.complete("report:zzzzqqq", 14)).stream().findAny().isPresent());
    }

    @Test
    void completesThePublisherTheLibraryGroupsBy() {
        SearchViewModel vm = newViewModel(List.of());
        onFx(vm::refreshCompletions);
        // the library groups by the report's organisation: the same name must complete after publisher:
        String publisher = workspace.corpus().reports().stream().map(r -> r.organisation())
                .filter(o -> o != null && !o.isBlank()).findFirst()
                .orElseThrow(() -> new AssertionError("no sample report names its organisation"));
        String prefix = "publisher:" + publisher.substring(0, Math.min(3, publisher.length()));
        waitUntil(10, () -> !vm.complete(prefix, prefix.length()).isEmpty());
        List<QueryCompleter.Completion> out = onFx(() -> vm.complete(prefix, prefix.length()));
        assertTrue(out.stream().anyMatch(c -> c.label().equals(publisher)
                && c.query().equals("publisher:" + QueryCompleter.quote(publisher))), "offered: " + out);
    }
}
