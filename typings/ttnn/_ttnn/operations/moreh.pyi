# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""moreh operations"""

from collections.abc import Sequence
import enum

import ttnn._ttnn.multi_device
import ttnn._ttnn.operations.core
import ttnn._ttnn.tensor
import ttnn._ttnn.types


class moreh_abs_pow_t:
    """Moreh Pow Operation"""

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, p: float, *, output: ttnn._ttnn.tensor.Tensor | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

moreh_abs_pow: moreh_abs_pow_t = ...

class moreh_adam_t:
    """Moreh Adam Operation"""

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, param_in: ttnn._ttnn.tensor.Tensor, grad: ttnn._ttnn.tensor.Tensor, exp_avg_in: ttnn._ttnn.tensor.Tensor, exp_avg_sq_in: ttnn._ttnn.tensor.Tensor, *, lr: float | None = 0.0010000000474974513, beta1: float | None = 0.8999999761581421, beta2: float | None = 0.9990000128746033, eps: float | None = 9.99999993922529e-09, weight_decay: float | None = 0.0, step: int | None = 0, amsgrad: bool | None = False, max_exp_avg_sq_in: ttnn._ttnn.tensor.Tensor | None = None, param_out: ttnn._ttnn.tensor.Tensor | None = None, exp_avg_out: ttnn._ttnn.tensor.Tensor | None = None, exp_avg_sq_out: ttnn._ttnn.tensor.Tensor | None = None, max_exp_avg_sq_out: ttnn._ttnn.tensor.Tensor | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor | None]: ...

moreh_adam: moreh_adam_t = ...

class moreh_adamw_t:
    """
    moreh_adamw(
        param_in: ttnn.Tensor,
        grad: ttnn.Tensor,
        exp_avg_in: ttnn.Tensor,
        exp_avg_sq_in: ttnn.Tensor,
        lr: Optional[float] = 0.001,
        beta1: Optional[float] = 0.9,
        beta2: Optional[float] = 0.999,
        eps: Optional[float] = 1e-8,
        weight_decay: Optional[float] = 1e-2,
        step: Optional[int] = 0,
        amsgrad: Optional[bool] = false,
        max_exp_avg_sq_in: Optional[ttnn.Tensor],
        param_out: Optional[ttnn.Tensor],
        exp_avg_out: Optional[ttnn.Tensor],
        exp_avg_sq_out: Optional[ttnn.Tensor],
        max_exp_avg_sq_out: Optional[ttnn.Tensor],
        memory_config: Optional[ttnn.MemoryConfig] = None,
        compute_kernel_config: Optional[DeviceComputeKernelConfig]
    ) -> ttnn.Tensor
    Compute backward for nll_loss operation with reduction set to None
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, param_in: ttnn._ttnn.tensor.Tensor, grad: ttnn._ttnn.tensor.Tensor, exp_avg_in: ttnn._ttnn.tensor.Tensor, exp_avg_sq_in: ttnn._ttnn.tensor.Tensor, lr: float | None = 0.0010000000474974513, beta1: float | None = 0.8999999761581421, beta2: float | None = 0.9990000128746033, eps: float | None = 9.99999993922529e-09, weight_decay: float | None = 0.009999999776482582, step: int | None = 0, amsgrad: bool | None = False, *, max_exp_avg_sq_in: ttnn._ttnn.tensor.Tensor | None = None, param_out: ttnn._ttnn.tensor.Tensor | None = None, exp_avg_out: ttnn._ttnn.tensor.Tensor | None = None, exp_avg_sq_out: ttnn._ttnn.tensor.Tensor | None = None, max_exp_avg_sq_out: ttnn._ttnn.tensor.Tensor | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor | None]: ...

moreh_adamw: moreh_adamw_t = ...

class moreh_arange_t:
    """Moreh Arange Operation"""

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, start: float = 0, end: float = ..., step: float = 1, device: ttnn._ttnn.multi_device.MeshDevice = ..., *, output: ttnn._ttnn.tensor.Tensor | None = None, untilize_out: bool = False, dtype: ttnn._ttnn.tensor.DataType = ttnn._ttnn.tensor.DataType.BFLOAT16, memory_config: ttnn._ttnn.tensor.MemoryConfig = ...) -> ttnn._ttnn.tensor.Tensor: ...

moreh_arange: moreh_arange_t = ...

class moreh_bmm_backward_t:
    """Moreh BMM Backward Operation"""

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, output_grad: ttnn._ttnn.tensor.Tensor, input: ttnn._ttnn.tensor.Tensor, mat2: ttnn._ttnn.tensor.Tensor, *, are_required_outputs: Sequence[bool] = [True, True], input_grad: ttnn._ttnn.tensor.Tensor | None = None, mat2_grad: ttnn._ttnn.tensor.Tensor | None = None, input_grad_memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, mat2_grad_memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor | None]: ...

moreh_bmm_backward: moreh_bmm_backward_t = ...

class moreh_bmm_t:
    """Moreh BMM Operation"""

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, mat2: ttnn._ttnn.tensor.Tensor, *, output: ttnn._ttnn.tensor.Tensor | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

moreh_bmm: moreh_bmm_t = ...

class moreh_cumsum_backward_t:
    """Moreh Cumsum Backward Operation"""

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, output_grad: ttnn._ttnn.tensor.Tensor, dim: int, *, input_grad: ttnn._ttnn.tensor.Tensor | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

moreh_cumsum_backward: moreh_cumsum_backward_t = ...

class moreh_cumsum_t:
    """Moreh Cumsum Operation"""

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, dim: int, *, output: ttnn._ttnn.tensor.Tensor | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

moreh_cumsum: moreh_cumsum_t = ...

class moreh_dot_backward_t:
    """Moreh Dot Backward Operation"""

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, output_grad: ttnn._ttnn.tensor.Tensor, input: ttnn._ttnn.tensor.Tensor, other: ttnn._ttnn.tensor.Tensor, *, input_grad: ttnn._ttnn.tensor.Tensor | None = None, other_grad: ttnn._ttnn.tensor.Tensor | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor | None]: ...

moreh_dot_backward: moreh_dot_backward_t = ...

class moreh_dot_t:
    """Moreh Moreh Dot Operation"""

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, output: ttnn._ttnn.tensor.Tensor | None = None, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

moreh_dot: moreh_dot_t = ...

class moreh_fold_t:
    """Moreh Fold Operation"""

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, output: ttnn._ttnn.tensor.Tensor | None = None, output_size: Sequence[int] = ..., kernel_size: Sequence[int] = ..., dilation: Sequence[int] = [1, 1], padding: Sequence[int] = [0, 0], stride: Sequence[int] = [1, 1], memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

moreh_fold: moreh_fold_t = ...

class moreh_getitem_t:
    """Moreh Getitem operation"""

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor | None = None, index_tensors: Sequence[ttnn._ttnn.tensor.Tensor] = ..., index_dims: Sequence[int] = ..., *, output: ttnn._ttnn.tensor.Tensor | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

moreh_getitem: moreh_getitem_t = ...

class moreh_group_norm_backward_t:
    """Moreh Group Norm Backward Operation"""

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, output_grad: ttnn._ttnn.tensor.Tensor, input: ttnn._ttnn.tensor.Tensor, mean: ttnn._ttnn.tensor.Tensor, rstd: ttnn._ttnn.tensor.Tensor, num_groups: int, *, are_required_outputs: Sequence[bool] = [True, False, False], gamma: ttnn._ttnn.tensor.Tensor | None = None, input_grad: ttnn._ttnn.tensor.Tensor | None = None, gamma_grad: ttnn._ttnn.tensor.Tensor | None = None, beta_grad: ttnn._ttnn.tensor.Tensor | None = None, input_grad_memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, gamma_grad_memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, beta_grad_memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor | None]: ...

moreh_group_norm_backward: moreh_group_norm_backward_t = ...

class moreh_group_norm_t:
    """Moreh Group Norm Operation"""

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, num_groups: int, eps: float = 9.999999747378752e-06, gamma: ttnn._ttnn.tensor.Tensor | None = None, beta: ttnn._ttnn.tensor.Tensor | None = None, *, are_required_outputs: Sequence[bool] = [True, False, False], output: ttnn._ttnn.tensor.Tensor | None = None, mean: ttnn._ttnn.tensor.Tensor | None = None, rstd: ttnn._ttnn.tensor.Tensor | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, mean_memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, rstd_memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor | None]: ...

moreh_group_norm: moreh_group_norm_t = ...

class moreh_layer_norm_backward_t:
    """Moreh Layer Norm Backward Operation"""

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, output_grad: ttnn._ttnn.tensor.Tensor, input: ttnn._ttnn.tensor.Tensor, mean: ttnn._ttnn.tensor.Tensor, rstd: ttnn._ttnn.tensor.Tensor, normalized_dims: int, *, gamma: ttnn._ttnn.tensor.Tensor | None = None, input_grad: ttnn._ttnn.tensor.Tensor | None = None, gamma_grad: ttnn._ttnn.tensor.Tensor | None = None, beta_grad: ttnn._ttnn.tensor.Tensor | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor | None]: ...

moreh_layer_norm_backward: moreh_layer_norm_backward_t = ...

class moreh_layer_norm_t:
    """Moreh Layer Norm Operation"""

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, normalized_dims: int, eps: float = 9.999999747378752e-06, gamma: ttnn._ttnn.tensor.Tensor | None = None, beta: ttnn._ttnn.tensor.Tensor | None = None, *, output: ttnn._ttnn.tensor.Tensor | None = None, mean: ttnn._ttnn.tensor.Tensor | None = None, rstd: ttnn._ttnn.tensor.Tensor | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor | None]: ...

moreh_layer_norm: moreh_layer_norm_t = ...

class moreh_linear_backward_t:
    """Moreh Linear Backward Operation"""

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, output_grad: ttnn._ttnn.tensor.Tensor, input: ttnn._ttnn.tensor.Tensor, weight: ttnn._ttnn.tensor.Tensor, *, are_required_outputs: Sequence[bool] = [True, True, True], bias: ttnn._ttnn.tensor.Tensor | None = None, input_grad: ttnn._ttnn.tensor.Tensor | None = None, weight_grad: ttnn._ttnn.tensor.Tensor | None = None, bias_grad: ttnn._ttnn.tensor.Tensor | None = None, input_grad_memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, weight_grad_memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, bias_grad_memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor | None]: ...

moreh_linear_backward: moreh_linear_backward_t = ...

class moreh_linear_t:
    """Moreh Linear Operation"""

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, weight: ttnn._ttnn.tensor.Tensor, *, bias: ttnn._ttnn.tensor.Tensor | None = None, output: ttnn._ttnn.tensor.Tensor | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

moreh_linear: moreh_linear_t = ...

class moreh_matmul_backward_t:
    """Moreh Matmul Backward Operation"""

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, output_grad: ttnn._ttnn.tensor.Tensor, input_a: ttnn._ttnn.tensor.Tensor, input_b: ttnn._ttnn.tensor.Tensor, *, are_required_outputs: Sequence[bool] = [True, True], input_a_grad: ttnn._ttnn.tensor.Tensor | None = None, input_b_grad: ttnn._ttnn.tensor.Tensor | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor | None]: ...

moreh_matmul_backward: moreh_matmul_backward_t = ...

class moreh_matmul_t:
    """Moreh Matmul Operation"""

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, other: ttnn._ttnn.tensor.Tensor, *, transpose_input: bool = False, transpose_other: bool = False, output: ttnn._ttnn.tensor.Tensor | None = None, bias: ttnn._ttnn.tensor.Tensor | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

moreh_matmul: moreh_matmul_t = ...

class moreh_mean_backward_t:
    """Moreh Mean Backward Operation"""

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, output_grad: ttnn._ttnn.tensor.Tensor, *, dim: int | Sequence[int] | None = None, keepdim: bool = False, input_grad_shape: ttnn._ttnn.types.Shape | None = None, input_grad: ttnn._ttnn.tensor.Tensor | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

moreh_mean_backward: moreh_mean_backward_t = ...

class moreh_mean_t:
    """Moreh Mean Operation"""

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, *, dim: int | Sequence[int] | None = None, keepdim: bool = False, divisor: int | None = None, output: ttnn._ttnn.tensor.Tensor | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

moreh_mean: moreh_mean_t = ...

class moreh_nll_loss_backward_t:
    """Compute backward for nll_loss operation with reduction set to None"""

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, target_tensor: ttnn._ttnn.tensor.Tensor, output_grad_tensor: ttnn._ttnn.tensor.Tensor, reduction_mean: bool, *, weight_tensor: ttnn._ttnn.tensor.Tensor | None = None, input_grad_tensor: ttnn._ttnn.tensor.Tensor | None = None, divisor_tensor: ttnn._ttnn.tensor.Tensor | None = None, ignore_index: int = -100, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

moreh_nll_loss_backward: moreh_nll_loss_backward_t = ...

class moreh_nll_loss_unreduced_backward_t:
    """Compute backward for nll_loss operation with reduction set to None"""

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, target_tensor: ttnn._ttnn.tensor.Tensor, output_grad_tensor: ttnn._ttnn.tensor.Tensor, *, weight_tensor: ttnn._ttnn.tensor.Tensor | None = None, input_grad_tensor: ttnn._ttnn.tensor.Tensor | None = None, ignore_index: int = -100, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

moreh_nll_loss_unreduced_backward: moreh_nll_loss_unreduced_backward_t = ...

class moreh_nll_loss_t:
    """Compute backward for nll_loss operation with reduction set to None"""

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, target_tensor: ttnn._ttnn.tensor.Tensor, reduction: str, *, weight_tensor: ttnn._ttnn.tensor.Tensor | None = None, divisor_tensor: ttnn._ttnn.tensor.Tensor | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, ignore_index: int = -100, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

moreh_nll_loss: moreh_nll_loss_t = ...

class moreh_norm_backward_t:
    """Moreh Norm Backward Operation"""

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, output: ttnn._ttnn.tensor.Tensor, output_grad: ttnn._ttnn.tensor.Tensor, p: float, *, dim: int | Sequence[int] | None = None, keepdim: bool = False, input_grad: ttnn._ttnn.tensor.Tensor | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

moreh_norm_backward: moreh_norm_backward_t = ...

class moreh_norm_t:
    """
    Moreh Norm Operation

    Computes the norm of the input tensor.

    Args:
        input (ttnn.Tensor): the input tensor.
        p (float): the order of the norm.

    Keyword args:
        dim (int or List[int], optional): the dimension(s) to reduce. Defaults to `None`.
        keepdim (bool, optional): whether the output tensor has dim retained or not. Defaults to `False`.
        output (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional): compute kernel configuration for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, p: float, *, dim: int | Sequence[int] | None = None, keepdim: bool = False, output: ttnn._ttnn.tensor.Tensor | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

moreh_norm: moreh_norm_t = ...

class moreh_sgd_t:
    """Moreh SGD Operation"""

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, param_in: ttnn._ttnn.tensor.Tensor, grad: ttnn._ttnn.tensor.Tensor, momentum_buffer_in: ttnn._ttnn.tensor.Tensor | None = None, param_out: ttnn._ttnn.tensor.Tensor | None = None, momentum_buffer_out: ttnn._ttnn.tensor.Tensor | None = None, lr: float = 0.001, momentum: float = 0, dampening: float = 0, weight_decay: float = 0, nesterov: bool = False, *, momentum_initialized: bool, param_out_memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, momentum_buffer_out_memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor | None]: ...

moreh_sgd: moreh_sgd_t = ...

class MorehSoftmaxBackwardOp(enum.Enum):
    SOFTMAX = 0

    SOFTMIN = 1

    LOGSOFTMAX = 2

class MorehSoftmaxBackwardOpParallelizationStrategy(enum.Enum):
    NONE = 0

    SMALL_W = 1

    SMALL_H = 2

    LARGE_W = 3

    LARGE_H = 4

    LARGE_C = 5

class moreh_softmax_backward_t:
    """Moreh Softmax Backward Operation"""

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, output_tensor: ttnn._ttnn.tensor.Tensor, output_grad_tensor: ttnn._ttnn.tensor.Tensor, dim: int, *, input_grad_tensor: ttnn._ttnn.tensor.Tensor | None = None, op: MorehSoftmaxBackwardOp = MorehSoftmaxBackwardOp.SOFTMAX, strategy: MorehSoftmaxBackwardOpParallelizationStrategy = MorehSoftmaxBackwardOpParallelizationStrategy.NONE, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

moreh_softmax_backward: moreh_softmax_backward_t = ...

class moreh_softmin_backward_t:
    """Moreh Softmin Backward Operation"""

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, output_tensor: ttnn._ttnn.tensor.Tensor, output_grad_tensor: ttnn._ttnn.tensor.Tensor, dim: int, *, input_grad_tensor: ttnn._ttnn.tensor.Tensor | None = None, op: MorehSoftmaxBackwardOp = MorehSoftmaxBackwardOp.SOFTMIN, strategy: MorehSoftmaxBackwardOpParallelizationStrategy = MorehSoftmaxBackwardOpParallelizationStrategy.NONE, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

moreh_softmin_backward: moreh_softmin_backward_t = ...

class moreh_logsoftmax_backward_t:
    """Moreh LogSoftmax Backward Operation"""

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, output_tensor: ttnn._ttnn.tensor.Tensor, output_grad_tensor: ttnn._ttnn.tensor.Tensor, dim: int, *, input_grad_tensor: ttnn._ttnn.tensor.Tensor | None = None, op: MorehSoftmaxBackwardOp = MorehSoftmaxBackwardOp.LOGSOFTMAX, strategy: MorehSoftmaxBackwardOpParallelizationStrategy = MorehSoftmaxBackwardOpParallelizationStrategy.NONE, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

moreh_logsoftmax_backward: moreh_logsoftmax_backward_t = ...

class MorehSoftmaxOp(enum.Enum):
    SOFTMAX = 0

    SOFTMIN = 1

    LOGSOFTMAX = 2

class MorehSoftmaxOpParallelizationStrategy(enum.Enum):
    NONE = 0

    SMALL_W = 1

    SMALL_H = 2

    LARGE_W = 3

    LARGE_H = 4

    LARGE_C = 5

class moreh_softmax_t:
    """
    Moreh Softmax Operation

    Computes softmax along the specified dimension.

    Args:
        input_tensor (ttnn.Tensor): The input tensor.
        dim (int): The dimension along which to compute softmax.

    Keyword Args:
        output_tensor (ttnn.Tensor, optional): Preallocated output tensor. Defaults to None.
        op (MorehSoftmaxOp, optional): The softmax operation type. Defaults to MorehSoftmaxOp.SOFTMAX.
        strategy (MorehSoftmaxOpParallelizationStrategy, optional): Parallelization strategy. Defaults to MorehSoftmaxOpParallelizationStrategy.NONE.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to None.
        compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional): Compute kernel configuration. Defaults to None.

    Returns:
        ttnn.Tensor: The output tensor with softmax applied.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dim: int, *, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, op: MorehSoftmaxOp = MorehSoftmaxOp.SOFTMAX, strategy: MorehSoftmaxOpParallelizationStrategy = MorehSoftmaxOpParallelizationStrategy.NONE, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

moreh_softmax: moreh_softmax_t = ...

class moreh_softmin_t:
    """
    Moreh Softmin Operation

    Computes softmin along the specified dimension.

    Args:
        input_tensor (ttnn.Tensor): The input tensor.
        dim (int): The dimension along which to compute softmin.

    Keyword Args:
        output_tensor (ttnn.Tensor, optional): Preallocated output tensor. Defaults to None.
        op (MorehSoftmaxOp, optional): The softmax operation type. Defaults to MorehSoftmaxOp.SOFTMIN.
        strategy (MorehSoftmaxOpParallelizationStrategy, optional): Parallelization strategy. Defaults to MorehSoftmaxOpParallelizationStrategy.NONE.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to None.
        compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional): Compute kernel configuration. Defaults to None.

    Returns:
        ttnn.Tensor: The output tensor with softmin applied.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dim: int, *, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, op: MorehSoftmaxOp = MorehSoftmaxOp.SOFTMIN, strategy: MorehSoftmaxOpParallelizationStrategy = MorehSoftmaxOpParallelizationStrategy.NONE, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

moreh_softmin: moreh_softmin_t = ...

class moreh_logsoftmax_t:
    """
    Moreh LogSoftmax Operation

    Computes log-softmax along the specified dimension.

    Args:
        input_tensor (ttnn.Tensor): The input tensor.
        dim (int): The dimension along which to compute log-softmax.

    Keyword Args:
        output_tensor (ttnn.Tensor, optional): Preallocated output tensor. Defaults to None.
        op (MorehSoftmaxOp, optional): The softmax operation type. Defaults to MorehSoftmaxOp.LOGSOFTMAX.
        strategy (MorehSoftmaxOpParallelizationStrategy, optional): Parallelization strategy. Defaults to MorehSoftmaxOpParallelizationStrategy.NONE.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to None.
        compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional): Compute kernel configuration. Defaults to None.

    Returns:
        ttnn.Tensor: The output tensor with log-softmax applied.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dim: int, *, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, op: MorehSoftmaxOp = MorehSoftmaxOp.LOGSOFTMAX, strategy: MorehSoftmaxOpParallelizationStrategy = MorehSoftmaxOpParallelizationStrategy.NONE, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

moreh_logsoftmax: moreh_logsoftmax_t = ...

class moreh_sum_backward_t:
    """Moreh Sum Backward Operation"""

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, output_grad: ttnn._ttnn.tensor.Tensor, *, input: ttnn._ttnn.tensor.Tensor | None = None, dim: int | Sequence[int] | None = None, keepdim: bool = False, input_grad: ttnn._ttnn.tensor.Tensor | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

moreh_sum_backward: moreh_sum_backward_t = ...

class moreh_sum_t:
    """Moreh Sum Operation"""

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, dim: int | Sequence[int] | None = None, *, keepdim: bool = False, output: ttnn._ttnn.tensor.Tensor | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

moreh_sum: moreh_sum_t = ...

class moreh_clip_grad_norm_t:
    """
    Clips gradient norm of an iterable of tensors.

    This operation computes the total norm of gradients across all input tensors and clips
    them to a maximum value. It is commonly used in training to prevent exploding gradients.
    The operation modifies the input tensors in-place.

    The total norm is computed as:

    .. math::
        \\text{total\\_norm} = \\left(\\sum_{i} |\\text{grad}_i|^{\\text{norm\\_type}}\\right)^{1/\\text{norm\\_type}}

    If total_norm > max_norm, each gradient is scaled by:

    .. math::
        \\text{clip\\_coef} = \\frac{\\text{max\\_norm}}{\\text{total\\_norm} + 10^{-6}}

    Args:
        inputs (List[ttnn.Tensor]): Input tensors containing gradients to be clipped. All tensors must be on the same device.
        max_norm (float): Maximum norm value to clip gradients.
        norm_type (float, optional): Type of the norm (e.g., 2.0 for L2 norm). Defaults to 2.0.
        error_if_nonfinite (bool, optional): If True, throws error when total norm is non-finite (NaN or Inf). Defaults to False.

    Keyword Args:
        total_norm (ttnn.Tensor, optional): Pre-allocated output tensor for total norm. If not provided, a new tensor is created.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for intermediate tensors. If not provided, inherits from input tensors.
        compute_kernel_config (DeviceComputeKernelConfig, optional): Compute kernel configuration for the operation.

    Returns:
        ttnn.Tensor: Total norm of the gradients before clipping (scalar tensor with shape [1]).

    Note:
        * Input tensors are modified in-place with clipped gradients.
        * The operation is performed in three steps:
            1. Compute sum of |grad|^norm_type for all gradients
            2. Compute total_norm = (sum)^(1/norm_type)
            3. Scale each gradient by min(max_norm / (total_norm + 1e-6), 1.0)
        * For very large numbers of input tensors, the operation is batched based on device core count.

    Example:

    .. code-block:: python
        # Clip gradients with L2 norm
        gradients = [ttnn.from_torch(torch.randn(32, 64), device=device) for _ in range(3)]
        total_norm = ttnn.moreh_clip_grad_norm(gradients, max_norm=1.0, norm_type=2.0)
        print(f"Total norm before clipping: {total_norm}")
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, inputs: Sequence[ttnn._ttnn.tensor.Tensor], max_norm: float, norm_type: float = 2.0, error_if_nonfinite: bool = False, *, total_norm: ttnn._ttnn.tensor.Tensor | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

moreh_clip_grad_norm: moreh_clip_grad_norm_t = ...
