package org.uprlens.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uprlens.Sha256;
import org.uprlens.train.TinyModel;
import org.uprlens.train.Trainer;
import org.uprlens.train.TrainingExample;

class ModelStoreTest {
  static Trainer.Result trained;

  @TempDir
  Path dir;

  @BeforeAll
  static void train() {
    trained = TinyModel.train(0);
  }

  @Test
  void saveThenLoadGivesTheSamePredictions() throws IOException {
    ModelCard written = ModelStore.save(dir, trained.model(), trained.card());
    assertEquals(Sha256.of(dir.resolve(ModelStore.MODEL_FILE)), written.artifact().sha256());
    ModelStore.Loaded loaded = ModelStore.load(dir);
    assertEquals(written, loaded.card());
    for (TrainingExample row : TinyModel.examples().examples()) {
      assertEquals(trained.model().predict(row.text()), loaded.classifier().predict(row.text()));
    }
  }

  @Test
  void aChangedModelFileIsRefused() throws IOException {
    ModelStore.save(dir, trained.model(), trained.card());
    Path file = dir.resolve(ModelStore.MODEL_FILE);
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 1;
    Files.write(file, bytes);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> ModelStore.load(dir));
    assertTrue(e.getMessage().contains("SHA-256"), e.getMessage());
  }

  @Test
  void aModelFromAnotherSmileIsRefused() throws IOException {
    ModelCard card = trained.card();
    var versions = new java.util.LinkedHashMap<>(card.versions());
    versions.put("smile", "2.6.0");
    ModelCard other = new ModelCard(card.schemaVersion(), card.modelId(), card.createdAt(), versions,
        card.trainingData(), card.rows(), card.labels(), card.labelCounts(), card.features(), card.hyperparameters(),
        card.evaluation(), null, card.intendedUse(), card.limitations());
    ModelStore.save(dir, trained.model(), other);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> ModelStore.load(dir));
    assertTrue(e.getMessage().contains("Smile 2.6.0"), e.getMessage());
  }

  @Test
  void aFolderWithoutACardIsNotAModel() {
    assertThrows(IllegalArgumentException.class, () -> ModelStore.load(dir));
  }
}
