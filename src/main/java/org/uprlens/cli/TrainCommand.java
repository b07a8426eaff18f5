package org.uprlens.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.uprlens.classify.ModelCard;
import org.uprlens.classify.ModelStore;
import org.uprlens.features.FeatureExtractor;
import org.uprlens.train.Sessions;
import org.uprlens.train.Trainer;
import org.uprlens.train.TrainingSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false, usageHelpWidth = 100,
    description = {
        "Train and cross-validate a model on labelled recommendations.",
        "",
        "Reads labelled CSV files (the format of UPR Info's export; see training-data/README.md),"
            + " cross-validates with folds grouped by review (state under review + session, never by random row),"
            + " fits the final model on all rows and writes DIR/model.ser.gz and DIR/model-card.json. Needs no"
            + " Spark.",
        ""})
final class TrainCommand implements Callable<Integer> {

  @Option(names = "--data", required = true, arity = "1..*", paramLabel = "CSV", description = "Labelled CSV files.")
  List<Path> data;

  @Option(names = "--sessions", paramLabel = "RANGE",
      description = "Only the rows of these UPR sessions: N, N-M or N- (for example, train on 1-18 and evaluate on"
          + " 19: how a model's figures hold on a later session). Default: all rows.")
  String sessions;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Model folder to write. Must not hold a model unless --overwrite.")
  Path out;

  @Option(names = "--model-id", paramLabel = "ID",
      description = "Identifier written into the card and every output row. Default: the folder name + '-v1'.")
  String modelId;

  @Option(names = "--folds", defaultValue = "5", paramLabel = "K",
      description = "Cross-validation folds, grouped by review; 0 skips cross-validation. Default: ${DEFAULT-VALUE}.")
  int folds;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed of the fold assignment. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = "--lambda", paramLabel = "X", defaultValue = "1.0",
      description = "L2 regularisation of the Maxent models. Default: ${DEFAULT-VALUE}.")
  double lambda;

  @Option(names = "--max-iter", paramLabel = "N", defaultValue = "200", description = "L-BFGS iterations at most. Default: ${DEFAULT-VALUE}.")
  int maxIter;

  @Option(names = "--threshold", paramLabel = "P", defaultValue = "0.35",
      description = "Probability at which an issue is predicted. Default: ${DEFAULT-VALUE}.")
  double threshold;

  @Option(names = "--tol", paramLabel = "X", defaultValue = "1e-4",
      description = "Convergence tolerance of L-BFGS. Default: ${DEFAULT-VALUE}.")
  double tol;

  @Option(names = "--support-lambda", paramLabel = "X", defaultValue = "30",
      description = "L2 regularisation of the support model. Default: ${DEFAULT-VALUE}.")
  double supportLambda;

  @Option(names = "--action-lambda", paramLabel = "X",
      description = "L2 regularisation of the action category model. Default: --lambda.")
  Double actionLambda;

  @Option(names = "--action-emphasis", paramLabel = "N", defaultValue = "2",
      description = "How many times the action category model counts a text's opening words and main verb (1: like"
          + " any other term). Default: ${DEFAULT-VALUE}.")
  int actionEmphasis;

  @Option(names = "--inner-folds", paramLabel = "K", defaultValue = "3",
      description = "Inner grouped cross-validation inside each training set, whose out-of-fold scores tune the"
          + " issue thresholds and action offsets, feed the support model and calibrate it; 0 turns all that off."
          + " Default: ${DEFAULT-VALUE}.")
  int innerFolds;

  @Option(names = "--tune-issues", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Tune one threshold per issue (else --threshold for all). Default: on.")
  boolean tuneIssues;

  @Option(names = "--tune-action", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Tune per-category offsets of the action model for macro-F1. Default: on.")
  boolean tuneAction;

  @Option(names = "--support-input", paramLabel = "WHAT", defaultValue = "stacked",
      description = "What the support model reads: text, context (text + States and groups), stacked (context +"
          + " predicted issues and action category), priors (stacked + support rates of the States in other"
          + " reviews), crosses (stacked + State under review x opening word) or history (stacked + what the State"
          + " under review answered to its most similar recommendations in its other reviews). Default:"
          + " ${DEFAULT-VALUE}.")
  Trainer.SupportInput supportInput;

  @Option(names = "--memberships", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "The support model also reads the organisations the States belong to (the OIC, the African"
          + " Union, the EU, ...), where the data has the sur_orgs and recommending_orgs columns; the model keeps"
          + " them, as no document states them. Default: on.")
  boolean memberships;

  @Option(names = "--opening", paramLabel = "N", defaultValue = "3",
      description = "The first 1..N words also become one feature each; 0 turns that off. Default: ${DEFAULT-VALUE}.")
  int opening;

  @Option(names = "--verbs", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Add the main verb, verb + object and capitalised-word count as text features. Default: on.")
  boolean verbs;

  @Option(names = "--ngrams", paramLabel = "N", defaultValue = "2", description = "Longest word n-gram. Default: ${DEFAULT-VALUE}.")
  int ngrams;

  @Option(names = "--max-features", paramLabel = "N", defaultValue = "12000",
      description = "Vocabulary cap (the model grows with it). Default: ${DEFAULT-VALUE}.")
  int maxFeatures;

  @Option(names = "--min-df", paramLabel = "N", defaultValue = "2",
      description = "An n-gram must occur in this many texts to be a feature. Default: ${DEFAULT-VALUE}.")
  int minDf;

  @Option(names = "--min-positives", paramLabel = "N", defaultValue = "5",
      description = "Issues with fewer examples are not learnt. Default: ${DEFAULT-VALUE}.")
  int minPositives;

  @Option(names = "--threads", paramLabel = "N", description = "Training threads. Default: all cores.")
  Integer threads;

  @Option(names = "--cv-only",
      description = "Only cross-validate and print the metrics; fit and write no model (for comparing settings).")
  boolean cvOnly;

  @Option(names = "--overwrite", description = "Replace a model already in --out.")
  boolean overwrite;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    if (Files.exists(out.resolve(ModelStore.CARD_FILE)) && !overwrite) {
      throw new IllegalArgumentException("a model already exists in " + out
          + "; models are immutable: choose another --out, or pass --overwrite");
    }
    String id = modelId != null ? modelId : out.toAbsolutePath().normalize().getFileName() + "-v1";
    Trainer.Options options = new Trainer.Options(new FeatureExtractor.Options(ngrams, maxFeatures, minDf, opening, verbs),
        lambda, tol, maxIter, threshold, minPositives, folds, seed,
        threads != null ? threads : Runtime.getRuntime().availableProcessors(), innerFolds, tuneIssues, tuneAction,
        supportInput, supportLambda, actionLambda != null ? actionLambda : lambda, actionEmphasis, memberships);
    long start = System.nanoTime();
    TrainingSet set = TrainingSet.load(data, sessions == null ? null : Sessions.parse(sessions));
    log("read " + set.examples().size() + " rows from " + data.size() + " file(s)"
        + (sessions == null ? "" : ", sessions " + sessions));
    set.warnings().forEach(w -> log("WARNING: " + w));
    if (cvOnly) {
      if (folds == 0) {
        throw new IllegalArgumentException("--cv-only needs --folds >= 2");
      }
      ModelCard.Evaluation evaluation = new Trainer(options, TrainCommand::log).crossValidate(set);
      System.out.println("cross-validated (" + evaluation.protocol() + "):");
      for (Map.Entry<String, Double> e : evaluation.mean().entrySet()) {
        System.out.printf("  %-26s %.4f%n", e.getKey(), e.getValue());
      }
      return 0;
    }
    Trainer.Result result = new Trainer(options, TrainCommand::log).train(set, id);
    ModelCard card = ModelStore.save(out, result.model(), result.card());
    log(String.format("wrote %s (%d bytes, SHA-256 %s) in %.1f s", out.resolve(ModelStore.MODEL_FILE),
        card.artifact().bytes(), card.artifact().sha256(), (System.nanoTime() - start) / 1e9));
    if (card.evaluation() != null) {
      System.out.println("cross-validated (" + card.evaluation().protocol() + "):");
      for (Map.Entry<String, Double> e : card.evaluation().mean().entrySet()) {
        System.out.printf("  %-26s %.4f%n", e.getKey(), e.getValue());
      }
    }
    return 0;
  }

  private static void log(String message) {
    System.err.println("uprlens train: " + message);
  }
}
