"""Generation settings: wrong types, NaN and out-of-range seeds are GenerationErrors naming the setting; stop strings."""

from __future__ import annotations

import math

import numpy as np
import pytest

from tests.test_generation import pretrained, tiny_model
from tttv2.errors import GenerationError
from tttv2.generation import SEED_LIMIT, SamplingSettings, generate_ids
from tttv2.modules import TopPSampler

BAD_SETTINGS: dict[str, tuple[dict[str, object], str]] = {  # keywords for generate(), the error they must give
    "max_new_tokens=2.5": ({"max_new_tokens": 2.5}, "max_new_tokens must be an integer, got 2.5"),
    "max_new_tokens=True": ({"max_new_tokens": True}, "max_new_tokens must be an integer, got True"),
    "max_new_tokens='3'": ({"max_new_tokens": "3"}, "max_new_tokens must be an integer, got '3'"),
    "temperature=nan": ({"temperature": math.nan}, "temperature must be a finite number, got nan"),
    "temperature=inf": ({"temperature": math.inf}, "temperature must be a finite number, got inf"),
    "temperature='0.5'": ({"temperature": "0.5"}, "temperature must be a finite number, got '0.5'"),
    "top_p=nan": ({"top_p": math.nan, "temperature": 1.0}, "top_p must be a finite number, got nan"),
    "top_k=2.5": ({"top_k": 2.5, "temperature": 1.0}, "top_k must be an integer, got 2.5"),
    "top_k=True": ({"top_k": True, "temperature": 1.0}, "top_k must be an integer, got True"),
    "repetition_penalty=nan": ({"repetition_penalty": math.nan}, "repetition_penalty must be a finite number, got nan"),
    "repetition_penalty=-inf": ({"repetition_penalty": -math.inf}, "repetition_penalty must be a finite number"),
    "seed=-1": ({"seed": -1}, r"seed must be an integer in 0 \.\. 2\*\*64-1, got -1"),
    "seed=2**64": ({"seed": 2**64, "temperature": 1.0}, r"seed must be an integer in 0 \.\. 2\*\*64-1, got 18446744073709551616"),
    "seed=1.5": ({"seed": 1.5, "temperature": 1.0}, r"seed must be an integer .* got 1\.5"),
    "seed=True": ({"seed": True, "temperature": 1.0}, "seed must be an integer .* got True"),
    "seed='7'": ({"seed": "7"}, "seed must be an integer .* got '7'"),
}


@pytest.mark.parametrize("case", BAD_SETTINGS)
def test_bad_setting_is_a_generation_error_naming_it(case: str) -> None:
    keywords, message = BAD_SETTINGS[case]
    model = pretrained()
    for call in (model.generate, model.stream):
        with pytest.raises(GenerationError, match=message):
            call("Hello", **keywords)  # type: ignore[arg-type]
    with pytest.raises(GenerationError, match=message):
        model.generate_ids([5, 6, 7], **keywords)  # type: ignore[arg-type]
    with pytest.raises(GenerationError, match=message):
        model.generate_batch(["Hello", "Hi"], **keywords)  # type: ignore[arg-type]


@pytest.mark.parametrize("seed", [0, 1, SEED_LIMIT - 1, np.uint64(SEED_LIMIT - 1), np.int64(3)],
                         ids=["0", "1", "2**64-1", "numpy-uint64", "numpy-int64"])
def test_every_seed_in_range_samples(seed: int) -> None:
    model = pretrained()
    model.generate("Hello", max_new_tokens=4, temperature=1.0, seed=seed)
    assert model.last_stats.new_tokens == 4  # no EOS configured: every token was sampled


def test_integer_valued_settings_of_other_integer_types_are_accepted() -> None:
    settings = SamplingSettings(temperature=1, top_k=np.int64(5), top_p=np.float32(0.9), repetition_penalty=1)  # type: ignore[arg-type]
    assert settings.top_k == 5


def test_the_generation_function_checks_max_new_tokens_and_token_ids() -> None:
    model = tiny_model(windowed=False)
    with pytest.raises(GenerationError, match=r"max_new_tokens must be an integer, got 2\.5"):
        generate_ids(model, [[5, 6]], max_new_tokens=2.5, settings=SamplingSettings())  # type: ignore[arg-type]
    with pytest.raises(GenerationError, match=r"token ids must be integers, got \[3\.5\]"):
        generate_ids(model, [[5, 3.5]], max_new_tokens=2, settings=SamplingSettings())  # type: ignore[list-item]
    with pytest.raises(GenerationError, match=r"token ids must be integers, got \[True\]"):
        generate_ids(model, [[5, True]], max_new_tokens=2, settings=SamplingSettings())
    with pytest.raises(GenerationError, match="got a str"):
        generate_ids(model, ["abc"], max_new_tokens=2, settings=SamplingSettings())


def test_a_str_stop_is_one_stop_string_not_its_characters() -> None:
    model = pretrained()
    free = model.generate("Hello", max_new_tokens=16)
    assert len(set(free)) > 4  # varied text: stop strings below can both miss and hit
    absent = free[3] + "\x00never"  # starts with a character of the text, but never appears as a whole
    assert model.generate("Hello", max_new_tokens=16, stop=absent) == free  # characters, it would cut at free[3]
    present = free[5:8]
    assert model.generate("Hello", max_new_tokens=16, stop=present) == free[:free.index(present)]
    assert model.generate("Hello", max_new_tokens=16, stop=[absent, present]) == free[:free.index(present)]


@pytest.mark.parametrize(("stop", "message"), [
    (["ok", 3], r"stop\[1\] must be a non-empty string, got 3"),
    ([""], r"stop\[0\] must be a non-empty string, got ''"),
    ([None], r"stop\[0\] must be a non-empty string, got None"),
    (7, "stop must be a string or a list of strings, got int"),
], ids=["int-element", "empty-string", "none-element", "int"])
def test_a_stop_that_is_not_strings_is_an_error(stop: object, message: str) -> None:
    with pytest.raises(GenerationError, match=message):
        pretrained().stream("Hello", stop=stop)  # type: ignore[arg-type]


def test_text_methods_refuse_the_wrong_prompt_shape() -> None:
    model = pretrained()
    with pytest.raises(GenerationError, match="got one str: use generate"):
        model.generate_batch("abc")
    with pytest.raises(GenerationError, match="the prompt must be a str, got list: for token ids use generate_ids"):
        model.generate([5, 6, 7])  # type: ignore[arg-type]
    with pytest.raises(GenerationError, match="takes token ids, got a str"):
        model.generate_ids("abc")


@pytest.mark.parametrize(("settings", "message"), [
    ({"temperature": math.nan}, "temperature must be a finite number"),
    ({"top_p": math.inf}, "top_p must be a finite number"),
    ({"top_k": 2.5}, "top_k must be an integer"),
    ({"seed": -1}, r"seed must be an integer in 0 \.\. 2\*\*64-1"),
])
def test_a_top_p_sampler_built_directly_checks_its_settings_too(settings: dict[str, object], message: str) -> None:
    with pytest.raises(GenerationError, match=message):
        TopPSampler(**settings)  # type: ignore[arg-type]  # wrong on purpose
