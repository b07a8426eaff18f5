package org.uprlens.train;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.uprlens.BuildInfo;
import org.uprlens.classify.ModelCard;
import org.uprlens.classify.Prediction;
import org.uprlens.classify.RecommendationClassifier;
import org.uprlens.features.FeatureExtractor;
import smile.classification.Maxent;

/**
 * Needs: labelled examples. Produces: a {@link RecommendationClassifier} (one-vs-rest Smile Maxent per issue, one
 * for Supported/Noted) and a {@link ModelCard} with grouped cross-validation metrics. Deterministic for a seed.
 */
public final class Trainer {

  /**
   * @param lambda L2 regularisation of every Maxent model
   * @param issueThreshold probability at which an issue is predicted
   * @param minPositives issues with fewer training examples get no model
   */
  public record Options(FeatureExtractor.Options features, double lambda, double tol, int maxIter,
                        double issueThreshold, int minPositives, int folds, long seed, int threads) {
    public Options {
      if (lambda < 0) {
        throw new IllegalArgumentException("lambda must be >= 0: " + lambda);
      }
      if (issueThreshold <= 0 || issueThreshold >= 1) {
        throw new IllegalArgumentException("issueThreshold must be in (0, 1): " + issueThreshold);
      }
      if (folds != 0 && folds < 2) {
        throw new IllegalArgumentException("folds must be 0 (no cross-validation) or >= 2: " + folds);
      }
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be positive: " + threads);
      }
    }

    public static Options defaults() {
      return new Options(FeatureExtractor.Options.defaults(), 1.0, 1e-5, 300, 0.35, 5, 5, 42,
          Runtime.getRuntime().availableProcessors());
    }

    Map<String, Object> asMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("model", "smile.classification.Maxent (binomial), one-vs-rest per issue, one for support");
      m.put("lambda", lambda);
      m.put("tol", tol);
      m.put("maxIter", maxIter);
      m.put("issueThreshold", issueThreshold);
      m.put("minPositives", minPositives);
      return m;
    }
  }

  private final Options options;
  private final Consumer<String> progress;

  public Trainer(Options options, Consumer<String> progress) {
    this.options = options;
    this.progress = progress;
  }

  /** Cross-validates (unless folds is 0), fits on all rows, and describes the result in a card (no artifact yet). */
  public Result train(TrainingSet data, String modelId) {
    List<TrainingExample> rows = data.examples();
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("no training rows with text in " + data.files());
    }
    ModelCard.Evaluation evaluation = options.folds() == 0 ? null : crossValidate(rows);
    progress.accept("fitting the final model on all " + rows.size() + " rows");
    RecommendationClassifier model = fit(modelId, rows);
    Map<String, Object> features = new LinkedHashMap<>();
    features.put("text", "lower-cased word n-grams, numbers folded to '#', plural -s dropped; binary bag");
    features.put("ngrams", options.features().ngrams());
    features.put("maxFeatures", options.features().maxFeatures());
    features.put("minDf", options.features().minDf());
    features.put("vocabulary", model.features().dimension());
    ModelCard card = new ModelCard(ModelCard.SCHEMA_VERSION, modelId,
        Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), BuildInfo.versions(), data.files(), rows.size(),
        new ModelCard.Labels(model.issues(), List.of(Prediction.NOTED, Prediction.SUPPORTED)),
        labelCounts(rows), features, options.asMap(), evaluation, null,
        "Label UPR recommendations (English) with UPR Info issues and predict whether the State under review will"
            + " support them, to sort, filter and count recommendations at scale. Scores are for triage and"
            + " analysis, not a substitute for the State's actual response.",
        "Trained on UPR Info's coding of recommendations made in UPR Working Groups (see trainingData); text"
            + " written in other ways (treaty bodies, NGOs) and later cycles may be labelled less well. Support"
            + " predictions use the text only and are not calibrated.");
    return new Result(model, card);
  }

  public record Result(RecommendationClassifier model, ModelCard card) {}

  ModelCard.Evaluation crossValidate(List<TrainingExample> rows) {
    List<String> groups = rows.stream().map(TrainingExample::review).toList();
    int[] fold = GroupedFolds.assign(groups, options.folds(), options.seed());
    List<Map<String, Double>> perFold = new ArrayList<>();
    for (int f = 0; f < options.folds(); f++) {
      List<TrainingExample> train = new ArrayList<>();
      List<TrainingExample> test = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        (fold[i] == f ? test : train).add(rows.get(i));
      }
      long start = System.nanoTime();
      RecommendationClassifier model = fit("cv-fold-" + f, train);
      Map<String, Double> metrics = Evaluation.of(model, test);
      perFold.add(metrics);
      progress.accept(String.format("fold %d/%d: %d train, %d test rows, %.1f s: issues micro-F1 %.3f,"
              + " support ROC-AUC %.3f", f + 1, options.folds(), train.size(), test.size(),
          (System.nanoTime() - start) / 1e9, metrics.get("issues.micro_f1"), metrics.get("support.roc_auc")));
    }
    Map<String, Double> mean = new LinkedHashMap<>();
    for (String key : perFold.get(0).keySet()) {
      mean.put(key, perFold.stream().mapToDouble(m -> m.get(key)).average().orElse(Double.NaN));
    }
    return new ModelCard.Evaluation(options.folds() + "-fold cross-validation grouped by review (state under"
        + " review + session); every fold's model is trained only on the other folds", options.folds(),
        options.seed(), perFold, mean);
  }

  /** Fits all models on the given rows. */
  public RecommendationClassifier fit(String modelId, List<TrainingExample> rows) {
    FeatureExtractor features = FeatureExtractor.fit(options.features(),
        rows.stream().map(TrainingExample::text).toList());
    int p = features.dimension();
    int[][] x = rows.stream().map(r -> features.features(r.text())).toArray(int[][]::new);
    List<String> issues = new ArrayList<>(new TreeSet<>(rows.stream()
        .flatMap(r -> r.issues().stream()).toList()));
    Maxent.Binomial[] issueModels = new Maxent.Binomial[issues.size()];
    double[] thresholds = new double[issues.size()];
    java.util.Arrays.fill(thresholds, options.issueThreshold());
    List<TrainingExample> supportRows = rows.stream().filter(r -> r.response() != null).toList();
    int[][] supportX = supportRows.stream().map(r -> features.features(r.text())).toArray(int[][]::new);
    int[] supportY = supportRows.stream().mapToInt(r -> r.response().equals(Prediction.SUPPORTED) ? 1 : 0)
        .toArray();
    if (supportRows.isEmpty() || IntStream.of(supportY).distinct().count() < 2) {
      throw new IllegalArgumentException("the support model needs rows with both responses, Supported and Noted");
    }
    Maxent.Binomial[] support = new Maxent.Binomial[1];
    inPool(() -> {
      IntStream.rangeClosed(0, issues.size()).parallel().forEach(i -> {
        if (i == issues.size()) {
          support[0] = binomial(p, supportX, supportY);
          return;
        }
        String issue = issues.get(i);
        int[] y = rows.stream().mapToInt(r -> r.issues().contains(issue) ? 1 : 0).toArray();
        int positives = IntStream.of(y).sum();
        if (positives >= options.minPositives() && positives < y.length) {
          issueModels[i] = binomial(p, x, y);
        }
      });
    });
    return new RecommendationClassifier(modelId, features, issues, issueModels, thresholds, support[0]);
  }

  private Maxent.Binomial binomial(int p, int[][] x, int[] y) {
    return Maxent.binomial(p, x, y, options.lambda(), options.tol(), options.maxIter());
  }

  private void inPool(Runnable work) {
    ForkJoinPool pool = new ForkJoinPool(options.threads());
    try {
      pool.submit(work).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("training interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("training failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  static Map<String, Map<String, Integer>> labelCounts(Collection<TrainingExample> rows) {
    Map<String, Integer> issues = new TreeMap<>();
    Map<String, Integer> support = new TreeMap<>();
    Map<String, Integer> action = new TreeMap<>();
    for (TrainingExample r : rows) {
      r.issues().forEach(i -> issues.merge(i, 1, Integer::sum));
      if (r.response() != null) {
        support.merge(r.response(), 1, Integer::sum);
      }
      if (r.actionCategory() != null) {
        action.merge(String.valueOf(r.actionCategory()), 1, Integer::sum);
      }
    }
    Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    counts.put("issues", issues);
    counts.put("support", support);
    counts.put("action_category", action);
    return counts;
  }
}
