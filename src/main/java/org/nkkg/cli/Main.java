package org.nkkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar nkkg.jar <command>}: one class per command; {@link #run} returns the exit code. */
@Command(name = "nkkg", mixinStandardHelpOptions = true, version = "nkkg 0.1.0",
        description = "Builds and serves the Nagorno-Karabakh Knowledge Graph.",
        subcommands = {BuildCommand.class, ServeCommand.class, QueryCommand.class, EvalCommand.class, BenchCommand.class,
                WikidataCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }
}
