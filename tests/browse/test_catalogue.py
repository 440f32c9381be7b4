from types import SimpleNamespace

from browse.catalogue import cloud_weights, describe_counts


def totals(*numbers):
    return [SimpleNamespace(total=n) for n in numbers]


def test_cloud_weights_spread_over_five_steps_on_a_log_scale():
    weights = [item.weight for item in cloud_weights(totals(1, 2, 4, 8, 16, 100))]
    assert weights[0] == 1 and weights[-1] == 5
    assert weights == sorted(weights)
    assert set(weights) <= {1, 2, 3, 4, 5}
    # one busy topic does not squash the rest into the smallest step
    assert weights[3] >= 3


def test_cloud_weights_of_equal_topics_are_the_middle_step():
    assert [item.weight for item in cloud_weights(totals(3, 3))] == [3, 3]
    assert cloud_weights([]) == []


def test_counts_are_described_in_words_leaving_out_zeroes():
    def item(news=0, interviews=0, events=0, participants=0):
        return SimpleNamespace(
            news_count=news, interview_count=interviews, event_count=events, participant_count=participants
        )

    assert describe_counts(item(news=3, interviews=1, events=2)) == "3 news items, 1 interview and 2 events"
    assert describe_counts(item(participants=1)) == "1 participant"
    assert describe_counts(item(news=1, participants=4)) == "1 news item and 4 participants"
