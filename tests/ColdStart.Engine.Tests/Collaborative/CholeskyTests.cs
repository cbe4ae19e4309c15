using ColdStart.Engine.Collaborative;

namespace ColdStart.Engine.Tests.Collaborative;

public sealed class CholeskyTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(13)]
    [InlineData(64)]
    [InlineData(67)]
    public void Solves_a_symmetric_positive_definite_system_of_any_size(int n)
    {
        var random = new Random(n);
        var (a, x) = System(n, random);
        var b = Multiply(a, x, n);
        var af = Array.ConvertAll(a, v => (float)v);
        var bf = Array.ConvertAll(b, v => (float)v);

        Cholesky.Factor<double>(a, n, 1e-9);
        Cholesky.Solve<double>(a, n, b);
        Cholesky.Factor<float>(af, n, 1e-6f);
        Cholesky.Solve<float>(af, n, bf);

        for (int i = 0; i < n; i++)
        {
            Assert.Equal(x[i], b[i], 1e-9);
            Assert.Equal(x[i], bf[i], 1e-3);
        }
    }

    [Fact]
    public void Factor_of_a_known_matrix_is_its_upper_cholesky_factor()
    {
        // A = [[4, 2], [2, 5]] = UᵀU with U = [[2, 1], [0, 2]].
        double[] a = [4, 2, 2, 5];

        Cholesky.Factor<double>(a, 2, 1e-12);

        Assert.Equal([2, 1, 0, 2], a);
    }

    /// <summary>A = MᵀM + I (symmetric positive definite) and a random solution x.</summary>
    private static (double[] A, double[] X) System(int n, Random random)
    {
        var m = new double[n * n];
        for (int k = 0; k < m.Length; k++)
        {
            m[k] = random.NextDouble() - 0.5;
        }

        var a = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double sum = i == j ? 1 : 0;
                for (int k = 0; k < n; k++)
                {
                    sum += m[k * n + i] * m[k * n + j];
                }

                a[i * n + j] = sum;
            }
        }

        var x = new double[n];
        for (int i = 0; i < n; i++)
        {
            x[i] = random.NextDouble() * 2 - 1;
        }

        return (a, x);
    }

    private static double[] Multiply(double[] a, double[] x, int n)
    {
        var b = new double[n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                b[i] += a[i * n + j] * x[j];
            }
        }

        return b;
    }
}
