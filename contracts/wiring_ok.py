"""Registry and container usage that must type-check: registration, specs, typed overrides."""

from __future__ import annotations

from torch import Tensor

from tttv2 import ModelContainer, ModelSpec, build_model, check_conformance, override_slot
from tttv2.protocols import AttentionKernel
from tttv2.registry import ModuleMetadata, ModuleRegistry, register_module
from tttv2.spec import Dimensions


@register_module(name="contract-kernel", category="attention", hardware_support=["cpu"], tags=["example"])
class ContractKernel:
    def compute_attention(self, q: Tensor, k: Tensor, v: Tensor, mask: Tensor | None = None) -> Tensor:
        return q


kernel: AttentionKernel[Tensor] = ContractKernel()  # the decorator returns the class unchanged
infos: list[ModuleMetadata] = ModuleRegistry.list_modules(category="attention", hardware="cpu")
problems = check_conformance(ContractKernel, AttentionKernel)

dims = Dimensions(vocab_size=16, hidden_dim=8, num_layers=1, num_heads=2, num_kv_heads=1, head_dim=4, intermediate_dim=8)
spec = ModelSpec.create(dims=dims, modules={"attention": ContractKernel})
container = ModelContainer(spec=spec)
with override_slot(container.attention, ContractKernel):
    model = build_model(spec)
logits: Tensor = model(Tensor())
