package org.uprlens.train;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.uprlens.BuildInfo;
import org.uprlens.classify.Memberships;
import org.uprlens.classify.ModelCard;
import org.uprlens.classify.Prediction;
import org.uprlens.classify.RecommendationClassifier;
import org.uprlens.classify.RecommendationClassifier.ActionModel;
import org.uprlens.classify.RecommendationClassifier.SupportModel;
import org.uprlens.classify.StateHistory;
import org.uprlens.classify.SupportFeatures;
import org.uprlens.features.FeatureExtractor;
import smile.classification.Maxent;
import smile.util.IntSet;

/**
 * Needs: labelled examples. Produces: a {@link RecommendationClassifier} and a {@link ModelCard} with grouped
 * cross-validation metrics. Deterministic for a seed.
 *
 * <p>Fitting runs an inner cross-validation, grouped by review, over the training rows. Its out-of-fold scores
 * tune the per-issue thresholds and the action category offsets, become the stacked issue and action features of
 * the support model (so it never trains on in-sample scores), and fit the Platt scaling of the support
 * probability. Nothing is ever tuned on the rows a fold is scored on.
 */
public final class Trainer {

  /**
   * What the support model reads, for comparing steps: text only, + context, + stacked predictions, + prior
   * support rates from other reviews (PRIORS), or stacked + the State under review crossed with the opening word
   * (CROSSES).
   */
  public enum SupportInput { TEXT, CONTEXT, STACKED, PRIORS, CROSSES, HISTORY, HISTORY_ONLY }

  /**
   * @param lambda L2 regularisation of the issue and action Maxent models
   * @param issueThreshold probability at which an issue is predicted when thresholds are not tuned
   * @param minPositives issues with fewer training examples get no model
   * @param innerFolds folds of the inner cross-validation (0: no tuning, stacking or calibration)
   * @param tuneIssues tune one threshold per issue on inner out-of-fold scores
   * @param tuneAction tune per-category log-offsets of the action model for macro-F1 on inner out-of-fold scores
   * @param supportLambda L2 regularisation of the support model
   * @param actionLambda L2 regularisation of the action model
   * @param actionEmphasis how many times the action model counts the opening and main-verb terms of a text (1: as
   *     any term); counting them twice quarters their effective L2 penalty, so the action model leans on them
   * @param memberships whether the support model reads the organisations the States belong to, where the training
   *     data records them ({@link Memberships})
   */
  public record Options(FeatureExtractor.Options features, double lambda, double tol, int maxIter,
                        double issueThreshold, int minPositives, int folds, long seed, int threads,
                        int innerFolds, boolean tuneIssues, boolean tuneAction, SupportInput supportInput,
                        double supportLambda, double actionLambda, int actionEmphasis, boolean memberships) {
    public Options {
      if (lambda < 0 || supportLambda < 0 || actionLambda < 0) {
        throw new IllegalArgumentException("lambda must be >= 0: " + lambda + ", " + supportLambda + ", "
            + actionLambda);
      }
      if (issueThreshold <= 0 || issueThreshold >= 1) {
        throw new IllegalArgumentException("issueThreshold must be in (0, 1): " + issueThreshold);
      }
      if (folds != 0 && folds < 2) {
        throw new IllegalArgumentException("folds must be 0 (no cross-validation) or >= 2: " + folds);
      }
      if (innerFolds != 0 && innerFolds < 2) {
        throw new IllegalArgumentException("innerFolds must be 0 (none) or >= 2: " + innerFolds);
      }
      if (actionEmphasis < 1) {
        throw new IllegalArgumentException("actionEmphasis must be >= 1: " + actionEmphasis);
      }
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be positive: " + threads);
      }
    }

    public static Options defaults() {
      return new Options(FeatureExtractor.Options.defaults(), 1.0, 1e-4, 200, 0.35, 5, 5, 42,
          Runtime.getRuntime().availableProcessors(), 3, true, true, SupportInput.STACKED, 30.0, 1.0, 2,
          true);
    }

    public Options withFolds(int k) {
      return new Options(features, lambda, tol, maxIter, issueThreshold, minPositives, k, seed, threads, innerFolds,
          tuneIssues, tuneAction, supportInput, supportLambda, actionLambda, actionEmphasis, memberships);
    }

    Map<String, Object> asMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("issues", "smile.classification.Maxent binomial per issue (one-vs-rest), threshold per issue");
      m.put("action_category", "smile.classification.Maxent multinomial over categories 1-5, per-class log-offsets,"
          + " opening and main-verb terms counted actionEmphasis times");
      m.put("support", "smile.classification.Maxent binomial on text + context terms, Platt-scaled");
      m.put("lambda", lambda);
      m.put("supportLambda", supportLambda);
      m.put("actionLambda", actionLambda);
      m.put("actionEmphasis", actionEmphasis);
      m.put("tol", tol);
      m.put("maxIter", maxIter);
      m.put("issueThreshold", issueThreshold);
      m.put("minPositives", minPositives);
      m.put("innerFolds", innerFolds);
      m.put("tuneIssues", tuneIssues);
      m.put("tuneAction", tuneAction);
      m.put("supportInput", supportInput.name().toLowerCase(Locale.ROOT));
      m.put("memberships", memberships);
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
    long start = System.nanoTime();
    RecommendationClassifier model = fit(modelId, rows);
    progress.accept(String.format("final model fitted in %.1f s", (System.nanoTime() - start) / 1e9));
    Map<String, Object> features = new LinkedHashMap<>();
    features.put("text", "lower-cased word n-grams, numbers folded to '#', plural -s dropped; binary bag");
    features.put("ngrams", options.features().ngrams());
    features.put("opening", "the first 1.." + options.features().opening() + " words as one term each ('^consider')");
    features.put("verbs", options.features().verbs() ? "main verb past an opening such as 'Continue to' or 'Take"
        + " measures to' ('v:adopt'), opening x verb ('ov:take>adopt'), verb x object ('vo:adopt>law'), count of"
        + " capitalised words (0-3+), verb x that count (0-2+, 'vc:adopt|caps=2'); kept when in >= 5 texts, on top"
        + " of the n-gram cap" : "off");
    features.put("maxFeatures", options.features().maxFeatures());
    features.put("minDf", options.features().minDf());
    features.put("vocabulary", model.features().dimension());
    features.put("support", switch (options.supportInput()) {
      case TEXT -> "text only";
      case CONTEXT -> "text + recommending State, its UN regional group, State under review, its group, same-group"
          + " flag, pairs, treaty body or unknown recommender";
      case STACKED, PRIORS, CROSSES, HISTORY, HISTORY_ONLY -> "text + recommending State, its UN regional group, State"
          + " under review, its"
          + " group, same-group flag, pairs, treaty body or unknown recommender + predicted issues and action category"
          + " (out-of-fold in training) and their crossings with the groups and the State under review"
          + (options.supportInput() == SupportInput.PRIORS ? " + binned prior support rate of the State"
          + " under review, recommending State, State pair and group pair (training rows: from other reviews only;"
          + " smoothed toward the global rate)" : "")
          + (options.supportInput() == SupportInput.CROSSES ? " + State under review x opening word" : "")
          + (options.supportInput() == SupportInput.HISTORY_ONLY ? " - the terms naming the State under review"
          + " (State, pairs, crossings)" : "")
          + (options.supportInput() == SupportInput.HISTORY || options.supportInput() == SupportInput.HISTORY_ONLY
          ? " + the State under review's own history: its"
          + " support rate in its other reviews, the response to its most similar recommendation there (TF-IDF"
          + " cosine over each row's " + StateHistory.DEFAULT_MAX_TERMS + " rarest terms, terms in > "
          + StateHistory.DEFAULT_MAX_DF_SHARE + " of texts dropped) by similarity bin, and the similarity-weighted"
          + " support rate of its " + "10 nearest (training rows: other reviews of the State only)" : "");
    });
    int withOrgs = model.support().features().memberships().states();
    features.put("memberships", withOrgs == 0 ? "none" : "the organisations of " + withOrgs + " States, from the"
        + " data's sur_orgs and recommending_orgs columns: the State under review's ('surorg:OIC'), crossed with the"
        + " predicted issues; the recommending States' ('rsorg:EU'); those both share ('sameorg:AU')");
    ModelCard card = new ModelCard(ModelCard.SCHEMA_VERSION, modelId,
        Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), BuildInfo.versions(), data.files(), rows.size(),
        new ModelCard.Labels(model.issues(), List.of(Prediction.NOTED, Prediction.SUPPORTED),
            List.of(1, 2, 3, 4, 5)),
        labelCounts(rows), features, options.asMap(), evaluation, null,
        "Label UPR recommendations (English) with UPR Info issues and action category (1-5), and estimate the"
            + " probability that the State under review supports them, to sort, filter and count recommendations"
            + " at scale. Scores are for triage and analysis, not a substitute for the State's actual response.",
        "Trained on UPR Info's coding of recommendations made in UPR Working Groups, sessions 1-19 (2008-2014; see"
            + " trainingData); text written in other ways (treaty bodies, NGOs) and later cycles may be labelled less"
            + " well, and support for recommendations without a recommending State is extrapolated. The support"
            + " probability is calibrated on out-of-fold scores of the training reviews; calibration can drift for"
            + " later sessions. 'Noted' is UPR Info's catch-all (rejected, partly accepted, unclear), not 'rejected'.");
    return new Result(model, card);
  }

  public record Result(RecommendationClassifier model, ModelCard card) {}

  /** Grouped cross-validation only (no final model), for comparing settings. */
  public ModelCard.Evaluation crossValidate(TrainingSet data) {
    return crossValidate(data.examples());
  }

  ModelCard.Evaluation crossValidate(List<TrainingExample> rows) {
    List<String> groups = rows.stream().map(TrainingExample::review).toList();
    int[] fold = GroupedFolds.assign(groups, options.folds(), options.seed());
    // A State's organisations are a fact about it, as its regional group is: a held-out row's own sur_orgs is an
    // input, not a label, and the deployed model knows every State of its training file.
    Memberships memberships = memberships(rows);
    List<Map<String, Double>> perFold = new ArrayList<>();
    List<TrainingExample> pooledRows = new ArrayList<>();
    List<Prediction> pooled = new ArrayList<>();
    List<String> labels = null;
    for (int f = 0; f < options.folds(); f++) {
      List<TrainingExample> train = new ArrayList<>();
      List<TrainingExample> test = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        (fold[i] == f ? test : train).add(rows.get(i));
      }
      long start = System.nanoTime();
      RecommendationClassifier model = fit("cv-fold-" + f, train, memberships);
      List<Prediction> predictions = test.stream().map(r -> model.predict(r.text(), r.context())).toList();
      Map<String, Double> metrics = Evaluation.of(model.issues(), test, predictions).metrics();
      perFold.add(metrics);
      pooledRows.addAll(test);
      pooled.addAll(predictions);
      labels = labels == null ? model.issues() : union(labels, model.issues());
      progress.accept(String.format("fold %d/%d: %d train, %d test rows, %.1f s: issues micro-F1 %.3f, action"
              + " macro-F1 %.3f, support ROC-AUC %.3f, accuracy %.3f, Brier %.3f", f + 1, options.folds(),
          train.size(), test.size(), (System.nanoTime() - start) / 1e9, metrics.get("issues.micro_f1"),
          metrics.get("action_category.macro_f1"), metrics.get("support.roc_auc"), metrics.get("support.accuracy"),
          metrics.get("support.brier")));
    }
    Map<String, Double> mean = new LinkedHashMap<>();
    for (String key : perFold.get(0).keySet()) {
      mean.put(key, perFold.stream().mapToDouble(m -> m.get(key)).average().orElse(Double.NaN));
    }
    return new ModelCard.Evaluation(options.folds() + "-fold cross-validation grouped by review (state under"
        + " review + session); every fold's model is trained, tuned and calibrated only on the other folds;"
        + " 'pooled' scores all out-of-fold predictions together", options.folds(), options.seed(), perFold, mean,
        Evaluation.of(labels, pooledRows, pooled).asJson());
  }

  private static List<String> union(List<String> a, List<String> b) {
    TreeSet<String> all = new TreeSet<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  /** Fits all models on the given rows. */
  public RecommendationClassifier fit(String modelId, List<TrainingExample> rows) {
    return fit(modelId, rows, memberships(rows));
  }

  /** The organisations the rows say their States belong to, or none when the options leave them out. */
  private Memberships memberships(List<TrainingExample> rows) {
    return options.memberships() && options.supportInput() != SupportInput.TEXT
        ? Memberships.of(rows.stream().map(TrainingExample::memberships).toList()) : Memberships.NONE;
  }

  private RecommendationClassifier fit(String modelId, List<TrainingExample> rows, Memberships memberships) {
    FeatureExtractor features = FeatureExtractor.fit(options.features(),
        rows.stream().map(TrainingExample::text).toList());
    int[][] x = rows.stream().map(r -> features.features(r.text())).toArray(int[][]::new);
    boolean[] cues = features.actionCues();
    List<String> issues = new ArrayList<>(new TreeSet<>(rows.stream().flatMap(r -> r.issues().stream()).toList()));
    int n = rows.size();
    int[] all = IntStream.range(0, n).toArray();

    // Inner cross-validation: out-of-fold issue and action scores of every training row.
    int[] inner = innerFolds(rows);
    int k = inner == null ? 0 : options.innerFolds();
    double[][] oofIssues = new double[n][];
    double[][] oofAction = new double[n][];
    for (int f = 0; f < k; f++) {
      int[] fitOn = select(inner, f, false);
      int[] scoreOn = select(inner, f, true);
      Maxent.Binomial[] m = new Maxent.Binomial[issues.size()];
      ActionModel[] a = new ActionModel[1];
      fitIssuesAndAction(features.dimension(), x, rows, fitOn, issues, cues, m, a);
      for (int i : scoreOn) {
        oofIssues[i] = RecommendationClassifier.issueProbabilities(m, x[i]);
        oofAction[i] = a[0] == null ? null : byCategory(a[0], RecommendationClassifier.actionProbabilities(a[0], x[i]));
      }
      progress.accept(String.format("  inner fold %d/%d fitted on %d rows", f + 1, k, fitOn.length));
    }
    Maxent.Binomial[] issueModels = new Maxent.Binomial[issues.size()];
    ActionModel[] action = new ActionModel[1];
    fitIssuesAndAction(features.dimension(), x, rows, all, issues, cues, issueModels, action);

    double[] thresholds = new double[issues.size()];
    Arrays.fill(thresholds, options.issueThreshold());
    if (k > 0 && options.tuneIssues()) {
      thresholds = Tuning.issueThresholds(oofIssues, rows, issues, options.issueThreshold());
    }
    for (int i = 0; i < n; i++) {
      oofAction[i] = oofAction[i] == null || action[0] == null ? null : inClasses(oofAction[i], action[0].classes());
    }
    if (k > 0 && options.tuneAction() && action[0] != null) {
      double[] offsets = Tuning.actionOffsets(oofAction, rows, action[0].classes());
      action[0] = new ActionModel(action[0].model(), action[0].classes(), offsets);
      for (int i = 0; i < n; i++) {
        oofAction[i] = oofAction[i] == null ? null : Tuning.shift(oofAction[i], offsets);
      }
    }

    // Support: context terms, with out-of-fold issue and action predictions stacked in.
    List<List<String>> terms = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      terms.add(supportTerms(rows.get(i), k > 0 ? oofIssues[i] : null, k > 0 ? oofAction[i] : null, thresholds,
          issues, action[0], memberships));
    }
    int[] labelled = IntStream.range(0, n).filter(i -> rows.get(i).response() != null).toArray();
    int[] y = new int[n];
    for (int i : labelled) {
      y[i] = rows.get(i).response().equals(Prediction.SUPPORTED) ? 1 : 0;
    }
    boolean withPriors = options.supportInput() == SupportInput.PRIORS;
    boolean openingCross = options.supportInput() == SupportInput.CROSSES;
    SupportFeatures.Priors priors = withPriors ? new SupportFeatures.Priors() : null;
    if (priors != null) {
      for (int i : labelled) {
        priors.add(rows.get(i).review(), terms.get(i), y[i] == 1);
      }
    }
    for (int i = 0; i < n; i++) {
      // A row's own review never feeds its prior: at prediction the review is new.
      terms.set(i, SupportFeatures.enrich(terms.get(i), rows.get(i).text(),
          priors == null ? Map.of() : priors.ofReview(rows.get(i).review()), priors, openingCross));
    }
    StateHistory history = null;
    boolean historyOnly = options.supportInput() == SupportInput.HISTORY_ONLY;
    if (options.supportInput() == SupportInput.HISTORY || historyOnly) {
      String[] iso = new String[n];
      String[] review = new String[n];
      int[] known = new int[n];
      for (int i = 0; i < n; i++) {
        iso[i] = SupportFeatures.iso(rows.get(i).context().stateUnderReview());
        review[i] = rows.get(i).review();
        known[i] = rows.get(i).response() == null ? -1 : y[i];
      }
      history = StateHistory.build(features.dimension(), x, iso, review, known, StateHistory.DEFAULT_MAX_TERMS,
          StateHistory.DEFAULT_MAX_DF_SHARE);
      for (int i = 0; i < n; i++) {
        // Never the row's own review: when a new review is scored, none of its responses is known.
        List<String> t = new ArrayList<>(historyOnly ? SupportFeatures.withoutState(terms.get(i)) : terms.get(i));
        t.addAll(StateHistory.terms(history.neighbours(iso[i], x[i], review[i]), StateHistory.actionTerm(t)));
        terms.set(i, t);
      }
    }
    SupportFeatures supportFeatures = SupportFeatures.fit(features.dimension(), terms, 2, priors, openingCross,
        history, historyOnly, memberships);
    if (labelled.length == 0 || Arrays.stream(labelled).map(i -> y[i]).distinct().count() < 2) {
      throw new IllegalArgumentException("the support model needs rows with both responses, Supported and Noted");
    }
    int[][] sx = new int[n][];
    for (int i : labelled) {
      sx[i] = supportFeatures.features(x[i], terms.get(i));
    }
    int p = supportFeatures.dimension();
    // Platt scaling on inner out-of-fold support scores; the final support model is fitted alongside.
    Maxent.Binomial[] supportModels = new Maxent.Binomial[k + 1];
    inPool(() -> IntStream.rangeClosed(0, k).parallel().forEach(f -> {
      int[] on = f == k ? labelled : Arrays.stream(labelled).filter(i -> inner[i] != f).toArray();
      supportModels[f] = Maxent.binomial(p, pick(sx, on), pickInt(y, on), options.supportLambda(), options.tol(),
          options.maxIter());
    }));
    double[] platt = {1, 0};
    if (k > 0) {
      double[] raw = new double[labelled.length];
      int[] truth = new int[labelled.length];
      for (int j = 0; j < labelled.length; j++) {
        int i = labelled[j];
        raw[j] = RecommendationClassifier.rawSupport(supportModels[inner[i]], sx[i]);
        truth[j] = y[i];
      }
      platt = Tuning.platt(raw, truth);
    }
    return new RecommendationClassifier(modelId, features, issues, issueModels, thresholds, action[0],
        new SupportModel(supportModels[k], supportFeatures, platt[0], platt[1]));
  }

  private List<String> supportTerms(TrainingExample row, double[] issueScores, double[] actionScores,
                                    double[] thresholds, List<String> issues, ActionModel action,
                                    Memberships memberships) {
    return switch (options.supportInput()) {
      case TEXT -> List.of();
      case CONTEXT -> SupportFeatures.terms(row.context(), List.of(), 0, memberships);
      case STACKED, PRIORS, CROSSES, HISTORY, HISTORY_ONLY -> SupportFeatures.terms(row.context(),
          issueScores == null ? List.of() : RecommendationClassifier.issuesAt(issueScores, thresholds, issues),
          actionScores == null ? 0 : action.classes()[RecommendationClassifier.argmax(actionScores)], memberships);
    };
  }

  /** Probabilities indexed by category - 1 (an inner fold may lack a category the final model has). */
  private static double[] byCategory(ActionModel action, double[] q) {
    double[] full = new double[5];
    for (int c = 0; c < q.length; c++) {
      full[action.classes()[c] - 1] = q[c];
    }
    return full;
  }

  private static double[] inClasses(double[] byCategory, int[] classes) {
    double[] q = new double[classes.length];
    for (int c = 0; c < classes.length; c++) {
      q[c] = byCategory[classes[c] - 1];
    }
    return q;
  }

  /** The inner fold of every row, or null when there are too few reviews for an inner cross-validation. */
  private int[] innerFolds(List<TrainingExample> rows) {
    List<String> groups = rows.stream().map(TrainingExample::review).toList();
    if (options.innerFolds() == 0 || groups.stream().distinct().count() < options.innerFolds()) {
      return null;
    }
    return GroupedFolds.assign(groups, options.innerFolds(), options.seed() + 1);
  }

  private static int[] select(int[] fold, int f, boolean in) {
    return IntStream.range(0, fold.length).filter(i -> (fold[i] == f) == in).toArray();
  }

  private static int[][] pick(int[][] x, int[] rows) {
    return Arrays.stream(rows).mapToObj(i -> x[i]).toArray(int[][]::new);
  }

  private static int[] pickInt(int[] y, int[] rows) {
    return Arrays.stream(rows).map(i -> y[i]).toArray();
  }

  /** Fits the issue models (on the rows whose issues are known) and the action model on the given rows, in parallel. */
  private void fitIssuesAndAction(int p, int[][] x, List<TrainingExample> rows, int[] on, List<String> issues,
                                  boolean[] cues, Maxent.Binomial[] issueModels, ActionModel[] action) {
    int[] withIssues = Arrays.stream(on).filter(r -> !rows.get(r).issues().isEmpty()).toArray();
    int[][] xs = pick(x, withIssues);
    inPool(() -> IntStream.rangeClosed(0, issues.size()).parallel().forEach(i -> {
      if (i == issues.size()) {
        action[0] = fitAction(p, x, rows, on, cues);
        return;
      }
      String issue = issues.get(i);
      int[] y = Arrays.stream(withIssues).map(r -> rows.get(r).issues().contains(issue) ? 1 : 0).toArray();
      int positives = IntStream.of(y).sum();
      if (positives >= options.minPositives() && positives < y.length) {
        issueModels[i] = Maxent.binomial(p, xs, y, options.lambda(), options.tol(), options.maxIter());
      }
    }));
  }

  private ActionModel fitAction(int p, int[][] x, List<TrainingExample> rows, int[] on, boolean[] cues) {
    int[] with = Arrays.stream(on).filter(r -> rows.get(r).actionCategory() != null).toArray();
    int[] classes = Arrays.stream(with).map(r -> rows.get(r).actionCategory()).distinct().sorted().toArray();
    if (classes.length < 2) {
      return null;
    }
    // Smile numbers the classes 0..k-1 in sorted order of their labels: pass the index of each category.
    int[] y = Arrays.stream(with).map(r -> Arrays.binarySearch(classes, rows.get(r).actionCategory())).toArray();
    int times = options.actionEmphasis();
    int[][] input = Arrays.stream(with).mapToObj(r -> emphasise(x[r], cues, times)).toArray(int[][]::new);
    Maxent.Multinomial model = Maxent.multinomial(p, input, y, options.actionLambda(), options.tol(),
        options.maxIter());
    return new ActionModel(folded(model, cues, times, options.actionLambda()), classes, new double[classes.length]);
  }

  /**
   * {@code x} with each cue id repeated to count {@code times} times: Smile's Maxent sums a weight once per
   * occurrence of its id, so a repeated id acts as a feature of value {@code times}, whose L2 penalty is that much
   * lighter than the other terms'.
   */
  static int[] emphasise(int[] x, boolean[] cues, int times) {
    int hits = 0;
    for (int f : x) {
      hits += cues[f] ? 1 : 0;
    }
    if (times == 1 || hits == 0) {
      return x;
    }
    int[] out = Arrays.copyOf(x, x.length + hits * (times - 1));
    int n = x.length;
    for (int f : x) {
      for (int r = 1; r < times && cues[f]; r++) {
        out[n++] = f;
      }
    }
    return out;
  }

  /**
   * The same model with the cue weights multiplied by {@code times}, so that it predicts from the plain features
   * what the trained one predicts from {@link #emphasise emphasised} ones: prediction needs no extra step.
   */
  static Maxent.Multinomial folded(Maxent.Multinomial model, boolean[] cues, int times, double lambda) {
    if (times == 1) {
      return model;
    }
    double[][] w = model.coefficients();
    double[][] scaled = new double[w.length][];
    for (int c = 0; c < w.length; c++) {
      scaled[c] = w[c].clone();
      for (int f = 0; f < cues.length; f++) { // the last column is the intercept
        scaled[c][f] *= cues[f] ? times : 1;
      }
    }
    return new Maxent.Multinomial(scaled, model.loglikelihood(), lambda, new IntSet(model.classes()));
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
