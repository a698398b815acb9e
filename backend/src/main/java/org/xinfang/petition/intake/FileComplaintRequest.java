package org.xinfang.petition.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.xinfang.petition.complaint.Category;
import org.xinfang.petition.complaint.Channel;
import org.xinfang.petition.complaint.Urgency;

/** A real-name complaint as filed. Urgency defaults to normal, the channel to the web. */
public record FileComplaintRequest(
    @NotNull @Valid ComplainantDetails complainant,
    @NotNull Category category,
    Urgency urgency,
    @NotBlank @Size(max = 12) String region,
    Channel channel,
    @NotBlank @Size(max = 200) String subject,
    @NotBlank @Size(max = 8000) String content) {

  Urgency urgencyOrDefault() {
    return urgency == null ? Urgency.NORMAL : urgency;
  }

  Channel channelOrDefault() {
    return channel == null ? Channel.WEB : channel;
  }

  /** 真实姓名、身份证号码、联系电话、家庭住址. */
  public record ComplainantDetails(
      @NotBlank @Size(max = 50) String name,
      @NotBlank @ResidentId String idNumber,
      @NotBlank @Pattern(regexp = "1\\d{10}|0\\d{2,3}-?\\d{7,8}") String phone,
      @NotBlank @Size(max = 300) String address) {}
}
