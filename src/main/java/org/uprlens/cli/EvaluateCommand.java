package org.uprlens.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.uprlens.classify.ModelCard;
import org.uprlens.classify.ModelStore;
import org.uprlens.train.Evaluation;
import org.uprlens.train.Sessions;
import org.uprlens.train.TrainingExample;
import org.uprlens.train.TrainingSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false, usageHelpWidth = 100,
    description = {
        "Score a model on labelled recommendations it did not train on.",
        "",
        "Predicts every row of the CSV files (the training format) with its context and prints issues micro/macro"
            + " F1 and per-issue precision/recall/F1, categories micro-F1, action category macro-F1 and confusion"
            + " matrix, support ROC-AUC, PR-AUC of Noted, accuracy, Brier score and reliability table, and n. The same"
            + " code produces the cross-validation numbers in model cards. Warns, and writes held_out=false, when the"
            + " model was trained on rows of the same file in the same sessions. Needs no Spark.",
        ""})
final class EvaluateCommand implements Callable<Integer> {

  @Option(names = "--data", required = true, arity = "1..*", paramLabel = "CSV", description = "Labelled CSV files.")
  List<Path> data;

  @Option(names = "--sessions", paramLabel = "RANGE",
      description = "Only the rows of these UPR sessions: N, N-M or N- (for example, evaluate on 19 a model trained"
          + " on 1-18: how a model's figures hold on a later session). Default: all rows.")
  String sessions;

  @Option(names = "--model", paramLabel = "DIR",
      description = "Model folder. Default: the shipped model (models/default, in the jar).")
  Path model;

  @Option(names = "--prose", paramLabel = "MODE",
      description = "Score the rows as a UN report words them: each text put in a reporting sentence (\"The"
          + " Committee recommended that <State> consider ...\", four forms in turn) and read by the extractor as"
          + " the job reads a compilation; MODE request classifies what the job cuts out of the sentence (as the job"
          + " does), sentence the whole sentence. Shows how the labels hold on recommendations found in prose."
          + " Default: the rows' own texts.")
  ProseForm.Mode prose;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the results as JSON to FILE.")
  Path json;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    ModelStore.Loaded loaded = model == null ? ModelStore.loadBundled() : ModelStore.load(model);
    TrainingSet set = TrainingSet.load(data, sessions == null ? null : Sessions.parse(sessions));
    set.warnings().forEach(w -> System.err.println("uprlens evaluate: WARNING: " + w));
    List<String> seen = trainedOn(loaded.card().trainingData(), set.files());
    for (String file : seen) {
      System.err.println("uprlens evaluate: WARNING: the model was trained on rows of " + file + " in the same"
          + " sessions: these figures are not held out. Evaluate on other sessions (--sessions) or another file.");
    }
    List<TrainingExample> rows = set.examples();
    if (prose != null) {
      ProseForm.Reworded reworded = ProseForm.of(rows, prose);
      rows = reworded.rows();
      System.err.printf("uprlens evaluate: %d rows reworded as prose; classifying the %s (%d requests cut out)%n",
          rows.size(), prose == ProseForm.Mode.REQUEST ? "requests" : "whole sentences", reworded.requests());
    }
    long start = System.nanoTime();
    Evaluation evaluation = Evaluation.of(loaded.classifier(), rows);
    System.err.printf("uprlens evaluate: model %s on %d rows in %.1f s%n", loaded.card().modelId(),
        rows.size(), (System.nanoTime() - start) / 1e9);
    System.out.print(evaluation.describe());
    if (json != null) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("model_id", loaded.card().modelId());
      out.put("model_sha256", loaded.card().artifact().sha256());
      out.put("data", set.files());
      out.put("held_out", seen.isEmpty());
      out.put("prose", prose == null ? null : prose.name().toLowerCase(java.util.Locale.ROOT));
      out.putAll(evaluation.asJson());
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), out);
      System.err.println("uprlens evaluate: wrote " + json);
    }
    return 0;
  }

  /** The evaluated files (same bytes) whose sessions overlap those the model was trained on. */
  static List<String> trainedOn(List<ModelCard.DataFile> training, List<ModelCard.DataFile> evaluating) {
    List<String> seen = new ArrayList<>();
    for (ModelCard.DataFile evaluated : evaluating) {
      for (ModelCard.DataFile trained : training) {
        if (trained.sha256().equals(evaluated.sha256())
            && Sessions.overlap(trained.sessions(), evaluated.sessions())) {
          seen.add(evaluated.path());
          break;
        }
      }
    }
    return seen;
  }
}
