namespace ColdStart.Engine.Text;

/// <summary>Hyper-parameters of <see cref="EncoderTrainer"/>.</summary>
/// <param name="Hidden">Embedding and dense width H.</param>
/// <param name="Epochs">Passes over the training pairs.</param>
/// <param name="BatchSize">Pairs per step; the other targets of a batch are the in-batch negatives.</param>
/// <param name="LearningRate">Adam step size at the start; it decays linearly to a tenth by the end.</param>
/// <param name="Temperature">Softmax temperature τ on cosine similarities.</param>
/// <param name="MaxTokens">Longest token sequence per text, [CLS] and [SEP] included.</param>
/// <param name="Seed">Seed of initialisation and shuffling; equal seeds give equal weights.</param>
/// <param name="VocabSize">Vocabulary size to build for training (<see cref="VocabularyBuilder.Build"/>); training itself uses the vocabulary given.</param>
/// <param name="Symmetric">Also apply the target→text direction of the contrastive loss (CLIP-style), averaged with text→target.</param>
/// <param name="AlignmentWeight">Weight of an extra term λ·mean(1 − cos(z, own target)) that pulls each text onto its target's direction, not only ahead of the other targets.</param>
/// <remarks>Defaults: H 128, 6 epochs, batch 256, lr 3e-3, τ 0.07, 48 tokens, seed 7, vocabulary 12,000, symmetric loss, alignment 1.</remarks>
public sealed record EncoderTrainingOptions(
    int Hidden = 128,
    int Epochs = 6,
    int BatchSize = 256,
    float LearningRate = 3e-3f,
    float Temperature = 0.07f,
    int MaxTokens = 48,
    int Seed = 7,
    int VocabSize = 12000,
    bool Symmetric = true,
    float AlignmentWeight = 1f);
