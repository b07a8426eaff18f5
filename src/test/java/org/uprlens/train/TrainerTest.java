package org.uprlens.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
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
