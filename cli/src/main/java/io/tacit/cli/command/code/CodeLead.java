package io.tacit.cli.command.code;

import io.tacit.cli.TacitCommand;
import io.tacit.cli.render.Messages;
import io.tacit.project.Project;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tacit code lead [C]}: the study's lead coder, in tacit.yaml. */
@Command(
    name = "lead",
    mixinStandardHelpOptions = true,
    description = {
      "Show the lead coder, or make C the lead coder (leadCoder in tacit.yaml).",
      "Suggestions are never written into the lead coder's file."
    })
final class CodeLead implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "C", description = "The lead coder.")
  @Nullable String coder;

  @Override
  public Integer call() {
    TacitCommand tacit = TacitCommand.of(spec);
    Project project = tacit.project();
    Messages messages = new Messages(spec.commandLine().getErr(), tacit.quiet());
    String c = coder;
    if (c == null) {
      String lead = project.settings().leadCoder();
      if (lead == null) {
        messages.info("No lead coder yet; set one with `tacit code lead C`.");
      } else {
        spec.commandLine().getOut().println(lead);
        spec.commandLine().getOut().flush();
      }
      return 0;
    }
    project.withLeadCoder(c);
    messages.info("The lead coder is now " + c + " (tacit.yaml).");
    return 0;
  }
}
