using ColdStart.Engine.Collaborative;
using ColdStart.Engine.Domain;

namespace ColdStart.Engine.Tests.Collaborative;

public sealed class EventWeightsTests
{
    [Fact]
    public void Defaults_are_view_1_cart_4_purchase_10_and_searches_count_nothing()
    {
        var weights = new EventWeights();

        Assert.Equal(
            [1f, 4f, 10f, 0f],
            [weights.For(EventType.View), weights.For(EventType.Cart), weights.For(EventType.Purchase), weights.For(EventType.Search)]);
    }

    [Fact]
    public void Negative_or_nan_weights_are_rejected_naming_the_event_type()
    {
        Assert.Equal("Cart", Assert.Throws<ArgumentException>(() => new EventWeights(Cart: -1).Validate()).ParamName);
        Assert.Equal("Purchase", Assert.Throws<ArgumentException>(() => new EventWeights(Purchase: float.NaN).Validate()).ParamName);
    }
}
