# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""prefetcher operations"""

from collections.abc import Sequence

import ttnn._ttnn.global_circular_buffer
import ttnn._ttnn.prefetcher_pipe
import ttnn._ttnn.tensor


class dram_prefetcher_t:
    """
    Asynchronously pre-fetch tensors from DRAM into the neighbouring L1 cores.
    Reader cores, one per DRAM bank, push each weight block to consumer cores through either a
    global circular buffer or PrefetcherPipes.

    Args:
        tensors (List[ttnn.Tensor]): The tensors to pre-fetch, followed by the address tensor: a row-major UINT32 tensor, height sharded in L1 over the reader cores, that holds the tensors' DRAM addresses as [t1_l1, t2_l1, ..., t1_l2, t2_l2, ..., t1_l3, t2_l3, ...].
        num_layers (int): The number of layers in the pipeline or the model for which tensors need to be pre-fetched.
        global_cb (GlobalCircularBuffer, optional): A worker-sender global circular buffer, used internally to manage data movement across dram reader cores, and downstream consumer cores. Defaults to None; exactly one of `global_cb` and `prefetcher_pipes` must be given.

    Keyword Args:
        enable_performance_mode (bool, optional): If set to true, the operation will be optimized for performance. May lead to ND behavior on wormhole 4U systems! On the `prefetcher_pipes` path it affects only the DRAM reads.
        prefetcher_pipes (List[ttnn.experimental.PrefetcherPipe], optional): Worker-sender PrefetcherPipes to deliver into instead of `global_cb`, one per reader core (its sender). In the order given, as `global_cb` takes its senders, the i-th pipe's sender reads DRAM bank i; pipes beyond the reader count are not used. Every reader's pipe needs the same number of receivers. Each receiver gets one block slice per pipe entry, so the entry size follows the tensor being delivered and must fit the ring. The delivery contract is in tt_metal/impl/buffers/prefetcher_matmul_design.md, "Delivering into PrefetcherPipes". Keep the pipes alive for as long as the program cache may hold a program built against them. Defaults to an empty list (none).

    Returns:
        ttnn.Tensor: empty tensor (TODO: Should return None)
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, tensors: Sequence[ttnn._ttnn.tensor.Tensor], num_layers: int, global_cb: ttnn._ttnn.global_circular_buffer.global_circular_buffer | None = None, *, enable_performance_mode: bool = False, prefetcher_pipes: Sequence[ttnn._ttnn.prefetcher_pipe.PrefetcherPipe] = []) -> ttnn._ttnn.tensor.Tensor: ...

dram_prefetcher: dram_prefetcher_t = ...
