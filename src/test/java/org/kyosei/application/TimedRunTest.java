package org.kyosei.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kyosei.analysis.PhaseTimer;

/** The run template: load, compute, write back, render, in that order, each timed; a failure stops the run there. */
class TimedRunTest {
    /** A run over a list of numbers that sums them, recording what each step saw. */
    private static final class SumRun extends TimedRun<List<Integer>, Integer> {
        final List<String> steps = new ArrayList<>();
        private final List<Integer> input;
        private final boolean writes;
        private final boolean renders;

        SumRun(PhaseTimer timer, List<Integer> input, boolean writes, boolean renders) {
            super(timer);
            this.input = input;
            this.writes = writes;
            this.renders = renders;
        }

        @Override
        protected List<Integer> load() {
            steps.add("load");
            return List.copyOf(input);
        }

        @Override
        protected Step loaded(List<Integer> graph) {
            return new Step("load", graph.size() + " numbers");
        }

        @Override
        protected Integer compute(List<Integer> graph, PhaseTimer timer) {
            steps.add("compute");
            return timer.time("sum", () -> graph.stream().mapToInt(i -> 100 / i).sum(), s -> "sum " + s);
        }

        @Override
        protected boolean writesBack() {
            return writes;
        }

        @Override
        protected Step writeBack(List<Integer> graph, Integer result) {
            steps.add("write " + result);
            return new Step("write-back", "wrote " + result);
        }

        @Override
        protected boolean renders() {
            return renders;
        }

        @Override
        protected Step render(List<Integer> graph, Integer result) {
            steps.add("render " + result);
            return new Step("render", "rendered");
        }
    }

    @Test
    void theStepsRunInOrderAndEachLeavesItsPhase() {
        PhaseTimer timer = new PhaseTimer();
        SumRun run = new SumRun(timer, List.of(1, 2, 4), true, true);
        assertThat(run.run()).isEqualTo(175);
        assertThat(run.steps).containsExactly("load", "compute", "write 175", "render 175");
        assertThat(timer.phases()).extracting(PhaseTimer.Phase::name).containsExactly("load", "sum", "write-back", "render");
        assertThat(timer.phases()).extracting(PhaseTimer.Phase::note)
                .containsExactly("3 numbers", "sum 175", "wrote 175", "rendered");
        assertThat(timer.phases()).allSatisfy(p -> assertThat(p.millis()).isNotNegative());
    }

    @Test
    void aRunThatNeitherWritesNorRendersTimesOnlyLoadingAndComputing() {
        PhaseTimer timer = new PhaseTimer();
        SumRun run = new SumRun(timer, List.of(), false, false);
        assertThat(run.run()).isZero();
        assertThat(run.steps).containsExactly("load", "compute");
        assertThat(timer.phases()).extracting(PhaseTimer.Phase::name).containsExactly("load", "sum");
    }

    @Test
    void aFailedComputationWritesNothingBackAndRendersNothing() {
        PhaseTimer timer = new PhaseTimer();
        SumRun run = new SumRun(timer, List.of(5, 0), true, true);
        assertThatThrownBy(run::run).isInstanceOf(ArithmeticException.class);
        assertThat(run.steps).containsExactly("load", "compute");
        assertThat(timer.phases()).extracting(PhaseTimer.Phase::name).containsExactly("load");
    }

    @Test
    void aRunThatSaysItWritesButDoesNotSayHowIsAFault() {
        TimedRun<String, String> careless = new TimedRun<>(new PhaseTimer()) {
            @Override
            protected String load() {
                return "g";
            }

            @Override
            protected Step loaded(String graph) {
                return new Step("load", "");
            }

            @Override
            protected String compute(String graph, PhaseTimer timer) {
                return graph;
            }

            @Override
            protected boolean writesBack() {
                return true;
            }
        };
        assertThatThrownBy(careless::run).isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("writes nothing back");
    }
}
