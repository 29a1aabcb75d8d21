package dev.filmsearch.build;

import dev.filmsearch.corpus.Problem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Passes build events on to a listener and times each phase, for the summary. */
final class PhaseTimer implements BuildListener {
    private final BuildListener next;
    private final Clock clock;
    private final List<PhaseTime> finished = new ArrayList<>();
    private String phase;
    private Instant started;

    PhaseTimer(BuildListener next, Clock clock) {
        this.next = next;
        this.clock = clock;
    }

    @Override
    public void phase(String name, long total) {
        end();
        phase = name;
        started = clock.instant();
        next.phase(name, total);
    }

    @Override
    public void progress(long done) {
        next.progress(done);
    }

    @Override
    public void problem(Problem problem) {
        next.problem(problem);
    }

    /** Ends the phase under way and returns every phase's time, in order. */
    List<PhaseTime> finish() {
        end();
        return List.copyOf(finished);
    }

    private void end() {
        if (phase != null) {
            finished.add(new PhaseTime(phase, Duration.between(started, clock.instant())));
            phase = null;
        }
    }
}
