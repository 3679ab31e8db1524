package io.inquirly.provision;

import io.inquirly.provision.Plan.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Runs a plan's changes in order; stops at the first failure and says what was and was not done. */
public final class Executor {
  /** A step failed: the steps done before it, it, and the ones not attempted. */
  public static final class StepFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Step step;
    private final transient List<Step> done;
    private final transient List<Step> notDone;

    StepFailed(Step step, List<Step> done, List<Step> notDone, RuntimeException cause) {
      super(cause.getMessage(), cause);
      this.step = step;
      this.done = done;
      this.notDone = notDone;
    }

    public Step step() {
      return step;
    }

    public List<Step> done() {
      return done;
    }

    public List<Step> notDone() {
      return notDone;
    }

    /** The underlying failure (it decides the exit code). */
    public RuntimeException failure() {
      return (RuntimeException) getCause();
    }
  }

  private final Ctx ctx;

  public Executor(Ctx ctx) {
    this.ctx = ctx;
  }

  /** Executes every change of the plan; {@code progress} hears one line per finished step. */
  public List<Step> run(Plan plan, Consumer<String> progress) {
    List<Step> writes = plan.writes();
    List<Step> done = new ArrayList<>();
    for (int i = 0; i < writes.size(); i++) {
      Step s = writes.get(i);
      try {
        switch (s.action()) {
          case CREATE -> s.kind().create(ctx, s.resource());
          case UPDATE -> s.kind().update(ctx, s.resource(), s.current(),
              s.changes().stream().map(Plan.Change::field).toList());
          case DELETE -> s.kind().delete(ctx, s.current());
          case UNCHANGED -> { }
        }
      } catch (RuntimeException e) {
        throw new StepFailed(s, done, writes.subList(i + 1, writes.size()), e);
      }
      done.add(s);
      progress.accept(s.action().done() + " " + s.title());
    }
    return done;
  }
}
