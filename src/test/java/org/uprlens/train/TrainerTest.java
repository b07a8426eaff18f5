package org.uprlens.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.uprlens.classify.Context;
import org.uprlens.classify.ModelCard;
import org.uprlens.classify.Prediction;
import org.uprlens.classify.RecommendationClassifier;

class TrainerTest {
  @Test
  void crossValidationIsGroupedAndRecordedPerFold() {
    Trainer.Result result = TinyModel.train(5);
    ModelCard.Evaluation evaluation = result.card().evaluation();
    assertEquals(5, evaluation.perFold().size());
    double testRows = evaluation.perFold().stream().mapToDouble(m -> m.get("n")).sum();
    assertEquals(TinyModel.examples().examples().size(), testRows, "every row is tested exactly once");
    double f1 = evaluation.mean().get("issues.micro_f1");
    assertTrue(f1 > 0 && f1 < 1, "cross-validated issues micro-F1 " + f1);
    assertEquals(54, result.card().labels().issues().size());
    assertEquals(86, result.card().labelCounts().get("support").get("Supported"));
  }

  @Test
  void theOrganisationsOfAStateNeverReviewedTellItsSupport() {
    // The project's texts, answered by who is reviewed only: in one regional group, one organisation's members
    // note and another's support.
    List<String> noting = List.of("Pakistan", "Indonesia", "Malaysia");
    List<String> supporting = List.of("Japan", "Nepal", "Thailand");
    List<TrainingExample> rows = new ArrayList<>();
    List<TrainingExample> examples = TinyModel.examples().examples();
    for (int i = 0; i < examples.size(); i++) {
      TrainingExample e = examples.get(i);
      boolean noted = i % 2 == 0;
      String sur = (noted ? noting : supporting).get(i % 3);
      String recommender = i % 4 < 2 ? "Bangladesh" : "Mongolia";
      rows.add(new TrainingExample(e.id(), e.text(), e.issues(), noted ? "Noted" : "Supported", e.actionCategory(),
          sur, "1", new Context(List.of(recommender), "state", sur),
          Map.of(sur, List.of(noted ? "OIC" : "PIF"), recommender, List.of(recommender.equals("Bangladesh") ? "OIC"
              : "PIF"))));
    }
    TrainingSet set = new TrainingSet(rows, List.of(), List.of());
    RecommendationClassifier with = new Trainer(TinyModel.options(0), m -> { }).train(set, "orgs").model();
    Trainer.Options base = TinyModel.options(0);
    Trainer.Options off = new Trainer.Options(base.features(), base.lambda(), base.tol(), base.maxIter(),
        base.issueThreshold(), base.minPositives(), 0, base.seed(), base.threads(), base.innerFolds(),
        base.tuneIssues(), base.tuneAction(), base.supportInput(), base.supportLambda(), base.actionLambda(),
        base.actionEmphasis(), false);
    RecommendationClassifier without = new Trainer(off, m -> { }).train(set, "no-orgs").model();
    // Bangladesh and Mongolia, both of Asia, were never reviewed: only their organisations, seen where they
    // recommended, differ.
    String text = "Ratify the Convention against Torture.";
    Context bangladesh = new Context(List.of("France"), "state", "Bangladesh");
    Context mongolia = new Context(List.of("France"), "state", "Mongolia");
    double oic = with.predict(text, bangladesh).supportProbability();
    double pif = with.predict(text, mongolia).supportProbability();
    assertTrue(oic < pif - 0.1, oic + " vs " + pif);
    assertEquals(without.predict(text, bangladesh).supportProbability(),
        without.predict(text, mongolia).supportProbability(), "without memberships two unknown States are alike");
  }

  @Test
  void aModelLearnsItsTrainingDataAndIsDeterministic() {
    RecommendationClassifier a = TinyModel.model();
    RecommendationClassifier b = TinyModel.model();
    List<TrainingExample> rows = TinyModel.examples().examples();
    var metrics = Evaluation.of(a, rows);
    assertTrue(metrics.get("issues.micro_f1") > 0.8, "training-set fit " + metrics);
    assertTrue(metrics.get("support.roc_auc") > 0.9, "training-set fit " + metrics);
    for (TrainingExample row : rows) {
      Prediction pa = a.predict(row.text());
      Prediction pb = b.predict(row.text());
      assertEquals(pa, pb);
    }
  }

  @Test
  void rowsWithoutIssuesStillTrainTheOtherLabels() {
    // As a file of another taxonomy gives them (the OHCHR matrices): the issues unknown, the rest labelled.
    List<TrainingExample> rows = TinyModel.examples().examples().stream()
        .map(r -> new TrainingExample(r.id(), r.text(), List.of(), r.response(), r.actionCategory(),
            r.stateUnderReview(), r.session(), r.context()))
        .toList();
    RecommendationClassifier model = new Trainer(TinyModel.options(0), message -> { }).fit("no-issues", rows);
    Prediction p = model.predict("Abolish the death penalty and commute all death sentences");
    assertEquals(List.of(), p.issues());
    assertEquals(List.of(), p.categories());
    assertTrue(p.actionCategory() >= 1 && p.actionCategory() <= 5, p.toString());
    assertTrue(Evaluation.of(model, rows).get("support.roc_auc") > 0.8);
  }

  @Test
  void predictionsCarryIssuesScoresCategoriesAndSupport() {
    Prediction p = TinyModel.model().predict("Abolish the death penalty and commute all death sentences");
    assertTrue(p.issues().contains("Death penalty"), p.toString());
    assertTrue(p.categories().contains("life-liberty-security"), p.toString());
    assertTrue(p.issueScores().keySet().containsAll(p.issues()));
    assertTrue(p.supportProbability() >= 0 && p.supportProbability() <= 1);
    assertEquals(p.supportProbability() >= 0.5 ? "Supported" : "Noted", p.supportPredicted());
    assertEquals("tiny-test-v1", p.modelId());
  }
}
