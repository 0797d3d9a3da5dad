package cn.qijin.evidence;

import cn.qijin.common.ControlCharacters;
import cn.qijin.kernel.InvalidInputException;

/** A file name as a person gave it: no folders, no control or bidirectional override characters, not too long. */
final class FileNames {

  private FileNames() {}

  static void check(String name) {
    if (name == null || name.isBlank()) {
      throw new InvalidInputException("文件缺少文件名");
    }
    if (name.length() > 200) {
      throw new InvalidInputException("文件名“" + name.substring(0, 20) + "…”超过 200 个字符");
    }
    if (name.contains("/") || name.contains("\\") || name.trim().equals(".") || name.trim().equals("..")) {
      throw new InvalidInputException("文件名“" + name + "”不能包含路径，请只上传文件本身");
    }
    // no line breaks or tabs either; bidirectional overrides would show "gpj.exe" as "exe.jpg"
    if (name.chars().anyMatch(c -> c < 0x20) || ControlCharacters.present(name)) {
      throw new InvalidInputException("文件名含有控制字符，请重命名后再上传");
    }
  }
}
