package org.uprlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uprlens.classify.ModelCard;
import org.uprlens.classify.ModelStore;
import org.uprlens.train.Evaluation;
import org.uprlens.train.TinyModel;
import org.uprlens.train.Trainer;

class EvaluateCommandTest {
  @TempDir
  Path dir;

  @Test
  void evaluateWritesTheSameNumbersAsTheEvaluationCode() throws Exception {
    Trainer.Result trained = TinyModel.train(0);
    Path model = dir.resolve("model");
    ModelStore.save(model, trained.model(), trained.card());
    Path json = dir.resolve("eval.json");
    assertEquals(0, Main.execute("evaluate", "--data", TinyModel.EXAMPLES.toString(), "--model", model.toString(),
        "--json", json.toString()));
    JsonNode out = new ObjectMapper().readTree(json.toFile());
    Evaluation expected = Evaluation.of(trained.model(), TinyModel.examples().examples());
    for (String key : List.of("issues.micro_f1", "issues.macro_f1", "categories.micro_f1", "action_category.macro_f1",
        "support.roc_auc", "support.pr_auc_noted", "support.accuracy", "support.brier", "n", "issues.n",
        "action_category.n", "support.n")) {
      assertEquals(expected.get(key), out.get(key).asDouble(), 1e-12, key);
    }
    assertEquals("tiny-test-v1", out.get("model_id").asText());
    assertEquals(5, out.get("action_category.confusion").size());
    long confused = 0;
    for (JsonNode row : out.get("action_category.confusion")) {
      for (JsonNode cell : row) {
        confused += cell.asLong();
      }
    }
    assertEquals(116, confused, "every example has an action category");
    assertEquals(116, out.get("action_category.n").asInt());
    assertEquals(TinyModel.examples().examples().stream().filter(r -> r.response() != null).count(),
        out.get("support.n").asLong());
    assertEquals(10, out.get("support.reliability").size());
    assertTrue(out.get("issues.per_issue").has("Death penalty"));
    assertFalse(out.get("held_out").asBoolean(), "the tiny model was trained on these very rows");
  }

  @Test
  void rowsOfTheTrainingFileCountAsHeldOutOnlyInOtherSessions() {
    ModelCard.DataFile trained = new ModelCard.DataFile("upr.csv", "abc", 100, "1-18");
    assertEquals(List.of(), EvaluateCommand.trainedOn(List.of(trained), List.of(
        new ModelCard.DataFile("upr.csv", "abc", 10, "19"), new ModelCard.DataFile("other.csv", "def", 10, null))));
    assertEquals(List.of("upr.csv"), EvaluateCommand.trainedOn(List.of(trained),
        List.of(new ModelCard.DataFile("upr.csv", "abc", 10, "17-"))));
    assertEquals(List.of("copy.csv"), EvaluateCommand.trainedOn(
        List.of(new ModelCard.DataFile("upr.csv", "abc", 100, null)),
        List.of(new ModelCard.DataFile("copy.csv", "abc", 10, "19"))), "the same bytes under another name");
  }

  @Test
  void benchPredictRunsOnAModel() throws Exception {
    Trainer.Result trained = TinyModel.train(0);
    Path model = dir.resolve("model");
    ModelStore.save(model, trained.model(), trained.card());
    assertEquals(0, Main.execute("bench-predict", "--data", TinyModel.EXAMPLES.toString(), "--model",
        model.toString(), "--seconds", "0.2"));
  }
}
